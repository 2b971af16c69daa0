// What a page shows of being one article rather than a page about many things or none: the marks every
// article carries (a date, a byline, a headline over the body, prose) and the marks of the pages that
// are not articles (a product or media declaration, the site's root address, a body of several posts,
// prices, code, forms). Read once the body and the metadata are known; judged in article-verdict.ts.
import type { ArticleMeta } from '../types';
import type { BodyCandidate } from './score-content';
import type { JsonLdSummary } from './json-ld';
import { normalizeSpace, readableLength } from './dom-utils';
import { isListingAddress, isProductOrMediaType, isRootAddress, pageAddress } from './address-signals';

export interface PageEvidence {
  /** JSON-LD declares an article type. */
  declared: boolean;
  /** og:type says article. */
  ogArticle: boolean;
  /** The page declares a product, an offer or a media item (JSON-LD or og:type). */
  productOrMedia: boolean;
  dated: boolean;
  signed: boolean;
  /** An h1/h2 matching the title stands before the body. */
  headed: boolean;
  /** Weighted characters of prose in the body. */
  prose: number;
  /** The page's address is its site's root ("/"): a home page. */
  rootAddress: boolean;
  /** The address names a shop, a download, a forum thread, a code repository or documentation (and no date). */
  listingAddress: boolean;
  /** Units inside the body that look like separate posts or teasers: <article> elements, headed cards. */
  posts: number;
  /** Price strings on the page. */
  prices: number;
  /** Share of the body's text in code and preformatted blocks. */
  codeShare: number;
  /** Form fields inside the body. */
  fields: number;
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'IndividualProduct', 'SoftwareApplication', 'MobileApplication', 'VideoObject', 'MusicRecording', 'PodcastEpisode', 'Movie', 'TVEpisode']); // prettier-ignore
const PRICE = /(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|kr|USD|EUR|GBP|円|元))/g;

/** Separate posts in the body: <article> elements and headed cards with their own date. */
function countPosts(root: Element): number {
  let posts = 0;
  for (const el of Array.from(root.querySelectorAll('article')))
    if (el !== root && !el.querySelector('article')) posts++;
  return posts;
}

export function readPageEvidence(
  doc: Document,
  body: BodyCandidate,
  meta: ArticleMeta,
  headline: Element | null,
  jsonLd: JsonLdSummary,
): PageEvidence {
  const og = (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '').trim().toLowerCase();
  const declaredTypes = [...jsonLd.types];
  const bodyLength = Math.max(1, readableLength(body.root));
  let code = 0;
  for (const el of Array.from(body.root.querySelectorAll('pre, code')))
    if (!el.parentElement?.closest('pre, code')) code += normalizeSpace(el.textContent ?? '').length;
  const address = pageAddress(
    doc.URL,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null,
  );
  return {
    declared: jsonLd.article !== null,
    ogArticle: og === 'article' || og.startsWith('article.'),
    productOrMedia: declaredTypes.some((t) => PRODUCT_TYPES.has(t)) || isProductOrMediaType(og),
    dated: meta.publishedTime !== null,
    signed: meta.byline !== null,
    headed: headline !== null && !body.root.contains(headline) ? true : headline !== null,
    prose: body.proseChars,
    rootAddress: address !== null && isRootAddress(address),
    listingAddress: address !== null && isListingAddress(address),
    posts: countPosts(body.root),
    prices: (doc.body?.textContent ?? '').match(PRICE)?.length ?? 0,
    codeShare: Math.min(1, code / bodyLength),
    fields: body.root.querySelectorAll('input:not([type="hidden"]), select, textarea').length,
  };
}
