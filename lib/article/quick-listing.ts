// Cheap signs, read with a few native DOM calls, that a page lists other pages or asks for a sign-in
// rather than being an article. The content script uses them to leave such pages before loading the
// analyzer; the full check (is-article.ts) applies the thorough versions of the same guards.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import { hasVisiblePassword, isArchivePage } from './listing-signals';
import type { ProseStats } from './prose-stats';

const TEASER_LINKS = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

/**
 * Why a page that does not declare itself an article (in JSON-LD) is visibly not one, or null.
 * `ogArticle`: og:type says article, which a teaser grid then needs archive signs to overrule.
 */
export function quickListingReason(doc: Document, ogArticle: boolean, prose: ProseStats): string | null {
  const password = hasVisiblePassword(doc);
  const teasers = doc.querySelectorAll(TEASER_LINKS).length;
  const teaserGrid = teasers >= H.listingMinTeasers && (!ogArticle || isArchivePage(doc));
  if (!password && !teaserGrid) return null;
  if (password && prose.longestRun < H.formPageMaxProseChars) return 'sign-in form';
  if (teaserGrid && prose.longestRun < H.listingMaxBodyChars) return `${teasers} teaser links and little prose`;
  return null;
}
