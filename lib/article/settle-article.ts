// The last word on an article, said where strings cost the page nothing (the background; Node reads
// in one go): its byline and publication date from the page's clues, and, for a page that does not
// declare itself an article, the verdict on its evidence, which counts a date and a byline among the marks.
import type { MetaClues } from './metadata';
import type { PageEvidence } from './page-evidence';
import { resolveByline } from './byline';
import { resolvePublishedDate } from './published-date';
import { notArticleReason } from './article-verdict';

export interface Settlement {
  byline: string | null;
  publishedTime: string | null;
  /** Why the page is not an article after all, or null. */
  notArticle: string | null;
}

/** `evidence`: null for a page that declares itself an article (its word is kept). */
export function settleArticle(clues: MetaClues, evidence: PageEvidence | null): Settlement {
  const byline = resolveByline(clues.byline, clues.outlet, clues.date.leading);
  const publishedTime = resolvePublishedDate(clues.date);
  const marks = { dated: publishedTime !== null, signed: byline !== null };
  return { byline, publishedTime, notArticle: evidence ? notArticleReason({ ...evidence, ...marks }) : null };
}
