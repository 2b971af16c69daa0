// Cheap signs, read with a few native DOM calls, that a page lists other pages or asks for a sign-in
// rather than being an article. The content script uses them to leave such pages before loading the
// analyzer; the full check (is-article.ts) applies the thorough versions of the same guards.
import { SIGNAL_TABLES as H } from './signal-tables';
import { isHiddenByMarkup } from './hidden-markup';
import type { SignalReader } from './signal-reader';

export const PASSWORD_FIELDS = 'input[type="password"]';

/**
 * Where a password field is a site-wide sign-in widget (a header box, a popup, a dropdown, a modal),
 * present on every page of the site, articles included: class or id words, lower case.
 */
export const WIDGET_WORDS = ['popup', 'modal', 'dropdown', 'overlay', 'lightbox'];
const WIDGET = `header, dialog, ${WIDGET_WORDS.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]).join(', ')}`;

/** A password field of the page itself (a sign-in page), not hidden and not in a site-wide widget. */
export function hasVisiblePassword(doc: Document): boolean {
  return Array.from(doc.querySelectorAll(PASSWORD_FIELDS)).some((el) => !isHiddenByMarkup(el) && !el.closest(WIDGET));
}

export const ARCHIVE_PATH =
  /\/(?:category|categories|tag|tags|topic|topics|author|authors|archive|archives|section|search|page\/\d+)(?:\/|$|\?)/i;

export const PAGINATION = 'link[rel="next"], a[rel="next"], .pagination, .nav-links, [class*="pagination"]';

/** Pagination or an archive address: the marks of a category, tag or author page. */
export function isArchivePage(doc: Document): boolean {
  if (doc.querySelector(PAGINATION)) return true;
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    '';
  return ARCHIVE_PATH.test(url);
}

const TEASER_LINKS = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

/** How many teaser links (a heading in a link, or a link in a heading): a count makes no element wrappers. */
export function teaserLinkCount(doc: Document): number {
  return doc.querySelectorAll(TEASER_LINKS).length;
}

/**
 * The most paragraph text in an <article> that holds its own headline: an <h1> that is not a link
 * (a teaser's heading is one). Asked only of pages full of teaser links.
 */
export function headedArticleProse(doc: Document): number {
  let most = 0;
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    const h1 = article.querySelector('h1');
    if (!h1 || h1.closest('a') || h1.querySelector('a')) continue;
    let chars = 0;
    for (const p of Array.from(article.querySelectorAll('p')))
      if (!p.closest('a')) chars += (p.textContent ?? '').trim().length;
    most = Math.max(most, chars);
  }
  return most;
}

/**
 * Why a page that does not declare itself an article (in JSON-LD) is visibly not one, or null.
 * `ogArticle`: og:type says article, which a teaser grid then needs archive signs to overrule.
 * The prose is measured only when a sign calls for it.
 */
export function quickListingReason(page: SignalReader, ogArticle: boolean): string | null {
  const password = page.hasVisiblePassword();
  const teasers = page.teaserLinks();
  const teaserGrid = teasers >= H.listingMinTeasers && (!ogArticle || page.isArchivePage());
  if (!password && !teaserGrid) return null;
  if (password && page.proseRunBelow(H.formPageMaxProseChars)) return 'sign-in form';
  if (teaserGrid && page.proseRunBelow(H.listingMaxBodyChars) && !page.headedArticle(H.headedArticleMinProse))
    return `${teasers} teaser links and little prose`;
  return null;
}
