// The last word on whether a page the check found prose on is one article: the evidence of
// page-evidence.ts weighed by rules, each naming what it saw. A page that declares itself an article
// in JSON-LD keeps that word unless it also declares a product; the rest need an article's marks.
import type { PageEvidence } from './page-evidence';
import { ARTICLE_HEURISTICS as H } from './heuristics';

/** Why the page is not an article, or null when it is one. */
export function notArticleReason(e: PageEvidence): string | null {
  if (e.productOrMedia && !e.declared) return 'declares a product or a media item';
  if (e.declared) return null;
  if (e.rootAddress) return "the site's home page";
  if (e.listingAddress && !e.datedAddress) return 'a shop, download, forum, social or docs address';
  const marked = e.ogArticle || e.dated || e.signed;
  // A headline over the body is evidence too, though weaker: it lowers the prose needed.
  const needed = e.headed ? H.unmarkedHeadedMinProse : H.unmarkedMinProse;
  if (!marked && e.prose < needed) return 'no date, byline or article declaration, and little prose';
  if (!e.dated && e.codeShare >= H.docsMinCodeShare) return 'undated, and mostly code';
  return null;
}
