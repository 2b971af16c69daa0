// The whole reading pipeline on a Document in one synchronous call: article check, extraction, entity
// finding. The CLI, the eval and the tests call it; the content script runs the same stages in slices.
import { checkArticle } from './article/is-article';
import { extractArticle } from './article/extract';
import { findEntities } from './entities/pipeline';
import { timed } from './page/timing';
import { assembleAnalysis, entityInput, NO_ENTITIES, type PageAnalysis } from './analysis';
import { withVerdicts, type NameLookup } from './entities/verdicts';

export type { PageAnalysis } from './analysis';

/**
 * Each stage is recorded as a `backstory:<stage>` performance measure. `lookup`: what the knowledge
 * look-up says of the names the rules doubt (the eval replays a recorded file); without it, rules only.
 */
export function analyzeDocument(doc: Document, lookup?: NameLookup): PageAnalysis {
  const check = timed('check-guards', () => checkArticle(doc));
  const article = check.isArticle ? timed('extract', () => extractArticle(doc, check)) : null;
  const input = entityInput(article);
  const first = input
    ? timed('entities', () => findEntities(input.text, { referenceDate: input.referenceDate, lang: input.lang }))
    : NO_ENTITIES;
  const analysis =
    input && lookup
      ? withVerdicts(first, lookup(first.doubtful ?? []), (verdicts) =>
          findEntities(input.text, { referenceDate: input.referenceDate, lang: input.lang, verdicts }),
        )
      : first;
  return assembleAnalysis(check, article, analysis);
}
