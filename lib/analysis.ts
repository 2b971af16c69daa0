// What reading a page produces (the check, the article, its entities, the headline's mentions), and
// the pieces both ways of producing it share: the CLI's in one go, the content script's in stages.
import type { EntityAnalysis } from './types';
import type { ArticleCheck } from './article/is-article';
import type { ExtractedArticle } from './article/extract';
import { findKnownMentions, type KnownMention } from './entities/known-mentions';

/** Languages the entity finder is written for; other articles are read but not marked. */
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(['en', '']);

export interface PageAnalysis {
  check: ArticleCheck;
  article: ExtractedArticle | null;
  analysis: EntityAnalysis;
  /** Mentions of the body's entities in the headline, offsets into `article.headlineText.text`. */
  headlineMentions: KnownMention[];
}

export const NO_ENTITIES: EntityAnalysis = { entities: [], quotes: [], dates: [] };

/** What entity finding needs from an article, or null when its language is not one we read. */
export function entityInput(article: ExtractedArticle | null): { text: string; referenceDate: string | null } | null {
  if (!article || !SUPPORTED_LANGUAGES.has(article.meta.lang)) return null;
  return { text: article.text.text, referenceDate: article.meta.publishedTime };
}

/** Puts the parts together, finding the body's entities in the headline too. */
export function assembleAnalysis(
  check: ArticleCheck,
  article: ExtractedArticle | null,
  analysis: EntityAnalysis,
): PageAnalysis {
  const headline = article?.headlineText?.text ?? '';
  return { check, article, analysis, headlineMentions: findKnownMentions(headline, analysis.entities) };
}
