// The whole reading pipeline on a Document in one synchronous call: article check, extraction, entity
// finding. The CLI, the eval and the tests call it; the content script runs the same stages in slices.
import { checkArticle } from './article/is-article';
import { extractArticle } from './article/extract';
import { findEntities } from './entities/pipeline';
import { timed } from './page/timing';
import { assembleAnalysis, entityInput, NO_ENTITIES, type PageAnalysis } from './analysis';
import { confirmedVerdicts, type NameLookup } from './entities/verdicts';

export type { PageAnalysis } from './analysis';

/**
 * Each stage is recorded as a `backstory:<stage>` performance measure. `lookup`: what the knowledge
 * look-up says of the names the rules doubt (the eval replays a recorded file); without it, rules only.
 */
export function analyzeDocument(doc: Document, lookup?: NameLookup): PageAnalysis {
  const check = timed('check-guards', () => checkArticle(doc));
  const article = check.isArticle ? timed('extract', () => extractArticle(doc, check)) : null;
  const input = entityInput(article);
  let analysis = input
    ? timed('entities', () => findEntities(input.text, { referenceDate: input.referenceDate }))
    : NO_ENTITIES;
  const verdicts = input && lookup ? confirmedVerdicts(lookup(analysis.doubtful ?? [])) : null;
  if (input && verdicts && verdicts.size > 0)
    analysis = findEntities(input.text, { referenceDate: input.referenceDate, verdicts });
  return assembleAnalysis(check, article, analysis);
}
