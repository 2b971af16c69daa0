// The whole reading pipeline on a Document: article check, extraction, entity finding. The content
// script, the CLI, the eval and the benchmarks all call this one function.
import type { EntityAnalysis } from './types';
import { checkArticle, type ArticleCheck } from './article/is-article';
import { extractArticle, type ExtractedArticle } from './article/extract';
import { findEntities } from './entities/pipeline';
import { findKnownMentions, type KnownMention } from './entities/known-mentions';
import { timed } from './page/timing';

/** Languages the entity finder is written for; other articles are read but not marked. */
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(['en', '']);

export interface PageAnalysis {
  check: ArticleCheck;
  article: ExtractedArticle | null;
  analysis: EntityAnalysis;
  /** Mentions of the body's entities in the headline, offsets into `article.headlineText.text`. */
  headlineMentions: KnownMention[];
}

const EMPTY: EntityAnalysis = { entities: [], quotes: [], dates: [] };

/** Each stage is recorded as a `backstory:<stage>` performance measure. */
export function analyzeDocument(doc: Document): PageAnalysis {
  const check = timed('check-guards', () => checkArticle(doc));
  const article = check.isArticle ? timed('extract', () => extractArticle(doc, check)) : null;
  if (!article || !SUPPORTED_LANGUAGES.has(article.meta.lang)) {
    return { check, article, analysis: EMPTY, headlineMentions: [] };
  }
  const analysis = timed('entities', () =>
    findEntities(article.text.text, { referenceDate: article.meta.publishedTime }),
  );
  const headline = article.headlineText?.text ?? '';
  return { check, article, analysis, headlineMentions: findKnownMentions(headline, analysis.entities) };
}
