// What reading a page produces (the check, the article, its entities, the headline's mentions), and
// the pieces both ways of producing it share: the CLI's in one go, the content script's in stages.
import type { EntityAnalysis } from './types';
import { settleCheck, type ArticleCheck } from './article/is-article';
import type { ExtractedArticle } from './article/extract';
import type { MetaClues } from './article/metadata';
import type { PageEvidence } from './article/page-evidence';
import type { Settlement } from './article/settle-article';
import { findKnownMentions, type KnownMention } from './entities/known-mentions';
import { READ_LANGUAGES, readLanguageOf, type ReadLanguage } from './entities/read-language';

/** Languages the entity finder is written for (and pages that declare none); others are read but not marked. */
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set([...READ_LANGUAGES, '']);

export interface PageAnalysis {
  check: ArticleCheck;
  article: ExtractedArticle | null;
  analysis: EntityAnalysis;
  /** Mentions of the body's entities in the headline, offsets into `article.headlineText.text`. */
  headlineMentions: KnownMention[];
}

export const NO_ENTITIES: EntityAnalysis = { entities: [], quotes: [], dates: [] };

/** The article's text for entity finding, or null when its language is not one the finder reads. */
function entityText(article: ExtractedArticle): string | null {
  return SUPPORTED_LANGUAGES.has(article.meta.lang) ? article.text.text : null;
}

/** What entity finding needs from an article, or null when its language is not one we read. */
export function entityInput(
  article: ExtractedArticle | null,
): { text: string; referenceDate: string | null; lang: ReadLanguage } | null {
  const text = article ? entityText(article) : null;
  return article && text !== null
    ? { text, referenceDate: article.meta.publishedTime, lang: readLanguageOf(article.meta.lang) }
    : null;
}

/**
 * What a page sends to be read off its thread (the content script's hand-off): the article's text for
 * entities (null in a language the finder does not read), the clues of its byline and date, and the
 * evidence of a page that does not declare itself an article.
 */
export interface ArticleRequest {
  text: string | null;
  /** The language to read `text` in. */
  lang: ReadLanguage;
  clues: MetaClues;
  evidence: PageEvidence | null;
}

/** The answer: the byline, the date and the verdict, and the entities (none for a refused page). */
export interface ArticleReading {
  settlement: Settlement;
  analysis: EntityAnalysis;
}

/** The hand-off for an extracted article, or null when there is none. */
export function articleRequest(check: ArticleCheck, article: ExtractedArticle | null): ArticleRequest | null {
  if (!article || !check.read) return null;
  return {
    text: entityText(article),
    lang: readLanguageOf(article.meta.lang),
    clues: check.read.clues,
    evidence: check.evidence,
  };
}

/** The check and the article with the settlement applied: the byline and date in, or the article refused. */
export function settleParts(
  check: ArticleCheck,
  article: ExtractedArticle | null,
  settlement: Settlement,
): { check: ArticleCheck; article: ExtractedArticle | null } {
  const settled = settleCheck(check, settlement);
  if (!settled.isArticle || !article) return { check: settled, article: null };
  const { byline, publishedTime } = settlement;
  return { check: settled, article: { ...article, meta: { ...article.meta, byline, publishedTime } } };
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
