// The whole reading pipeline on a Document in one synchronous call: article check, extraction, entity
// finding. The CLI, the eval and the tests call it; the content script runs the same stages in slices.
import { checkArticle } from './article/is-article';
import { extractArticle } from './article/extract';
import { findEntities } from './entities/pipeline';
import { timed } from './page/timing';
import { assembleAnalysis, entityInput, NO_ENTITIES, type PageAnalysis } from './analysis';

export type { PageAnalysis } from './analysis';

/** Each stage is recorded as a `backstory:<stage>` performance measure. */
export function analyzeDocument(doc: Document): PageAnalysis {
  const check = timed('check-guards', () => checkArticle(doc));
  const article = check.isArticle ? timed('extract', () => extractArticle(doc, check)) : null;
  const input = entityInput(article);
  const analysis = input
    ? timed('entities', () => findEntities(input.text, { referenceDate: input.referenceDate }))
    : NO_ENTITIES;
  return assembleAnalysis(check, article, analysis);
}
