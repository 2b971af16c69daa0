// What a page's address says of it, read from strings alone (the cheap check runs this on every page):
// the site's root is its home page; shops, downloads, forum threads, social posts, code repositories
// and documentation have addresses of their own; news addresses often carry their date.

/** Platforms whose pages are posts, threads, repositories or videos, never a publisher's article. */
const PLATFORM_HOSTS =
  /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|pastebin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|youtube\.com|reddit\.com|stackoverflow\.com|stackexchange\.com)$/i;
/**
 * Path segments of the addresses of pages that are not articles: shops and products, downloads, forum
 * threads, social posts, shows and episodes, documentation. From the non-article pages of the real-web
 * corpus's dev split and the address schemes of the software they run on (phpBB, XenForo, Shopify…).
 */
const LISTING_SEGMENT =
  /^(?:store|collections|downloads?|books?|forums?|threads?|viewtopic\.php|showthread\.php|topic|comments|status|watch|shows|episodes?|podcasts?|docs|documentation|install|ferienhaus|ferienvilla)$/i;
/**
 * The segments of a site's pages about itself: who it is, its terms, its privacy notice, its imprint,
 * how to reach it ("/about/", "/ueber-uns", "/legal/terms-of-use.html", "/impressum").
 */
const SITE_INFO_SEGMENT =
  /^(?:about|about-us|ueber-uns|uber-uns|a-propos|quienes-somos|chi-siamo|impressum|imprint|legal-notice|terms|terms-of-use|terms-of-service|terms-and-conditions|agb|privacy|privacy-policy|datenschutz|datenschutzerklaerung|contact|contact-us|kontakt)(?:\.\w+)?$/i;
/**
 * The segments of products and picture galleries: never an article, whatever the page declares (a shop's
 * or a gallery's template often declares every page an Article in JSON-LD).
 */
const PRODUCT_SEGMENT =
  /^(?:products?|produkte?|produkt|shop|cart|checkout|slideshows?|galler(?:y|ies)|photo-?galler(?:y|ies))$/i;
/** A wiki's views of a page's history ("?title=X&diff=2&oldid=1", "?action=history"): not the page. */
const WIKI_ACTION = /[?&](?:diff=|action=(?:history|edit|info)\b)/i;
/** A date in a path or query: "/2019/05/03/", "/2019-05-03-", "/20190503/", "?a=20190503-…". */
export const PATH_DATE = /[/=_-]((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.&-]|$)/;

export interface PageAddress {
  host: string;
  /** Path and query. */
  path: string;
}

/** Parses an absolute or root-relative address (a relative canonical still gives its path). */
export function parseAddress(raw: string | null): PageAddress | null {
  const match = raw ? /^(?:https?:)?\/\/([^/?#]+)([^#]*)|^(\/[^#]*)/.exec(raw.trim()) : null;
  return match ? { host: (match[1] ?? '').toLowerCase(), path: match[2] || match[3] || '/' } : null;
}

/**
 * The page's addresses, most trusted first: its own when it has one on the web (a live page), then the
 * ones it gives for itself (canonical link, og:url), which a saved page only has.
 */
export function pageAddresses(own: string, canonical: string | null, ogUrl: string | null): PageAddress[] {
  return [/^https?:/.test(own) ? own : null, canonical, ogUrl]
    .map(parseAddress)
    .filter((a): a is PageAddress => a !== null);
}

/**
 * What the addresses say against an article: the first (most trusted) is the site's root, or any of
 * them is a listing address (a thread's canonical is a thread wherever the page is served from).
 * `declared`: the page declares itself an article in JSON-LD; only a home page, a product, a gallery
 * or a wiki's history view overrides that (a magazine's undated "/books/…" review stays an article).
 */
export function addressReason(addresses: PageAddress[], declared = false): string | null {
  const first = addresses[0];
  if (first && isRootAddress(first)) return "the site's home page";
  if (addresses.some(isProductAddress)) return 'a product, gallery or wiki history address';
  if (declared) return null;
  return addresses.some(isOtherListingAddress) ? "a shop, download, forum, social, docs or site's own address" : null;
}

/** A product, a picture gallery or a wiki page's history, with no date in it. */
export function isProductAddress(address: PageAddress): boolean {
  if (PATH_DATE.test(address.path)) return false;
  return WIKI_ACTION.test(address.path) || address.path.split(/[/?&]/).some((s) => PRODUCT_SEGMENT.test(s));
}

/**
 * The site's root, or the root of one of its language editions ("/es/", "/de", "/en-gb/"): a home page.
 * A query may only carry tracking ("?utm_source=…"): "/?p=123", "/index.php?id=5" and "/?q=node/7" are
 * articles of sites without pretty addresses.
 */
export function isRootAddress(address: PageAddress): boolean {
  const [path = '', query = ''] = address.path.split('?', 2);
  if (!/^(?:\/[a-z]{2}(?:[-_][a-z]{2})?)?\/?(?:(?:index|default|home)\.\w+)?$/i.test(path)) return false;
  return query.split('&').every((param) => param === '' || /^(?:utm_\w+|ref|fbclid|gclid)(?:=|$)/i.test(param));
}

/** A shop, download, forum, social, show or docs address (products included), with no date in it. */
export function isListingAddress(address: PageAddress): boolean {
  return isProductAddress(address) || isOtherListingAddress(address);
}

/** The listing and site-information addresses that are not products, galleries or wiki histories, with no date in them. */
function isOtherListingAddress(address: PageAddress): boolean {
  if (PATH_DATE.test(address.path)) return false;
  if (PLATFORM_HOSTS.test(address.host)) return true;
  return address.path
    .split(/[/?&]/)
    .some((segment) => LISTING_SEGMENT.test(segment) || SITE_INFO_SEGMENT.test(segment));
}

/** og:type values of products and media items (a video page, a track, a profile), not articles. */
export function isProductOrMediaType(ogType: string): boolean {
  return /^(?:product|video|music|book|profile|books\.)/.test(ogType.trim().toLowerCase());
}
