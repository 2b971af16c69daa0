// The cheap "is this an article?" check. Declarations (JSON-LD, og:type) and Readability's readerable
// test say "maybe"; guards against listings, teaser grids, logins and shops can still say no.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { ARTICLE_HEURISTICS as H } from './heuristics';
import { readJsonLd, type JsonLdSummary } from './json-ld';
import { findBody, type BodyCandidate } from './score-content';
import {
  isFurniture,
  isHiddenByMarkup,
  isSkippedTag,
  isUnlikelyByName,
  normalizeSpace,
  tagOf,
  walkElements,
} from './dom-utils';

export interface ArticleCheck {
  isArticle: boolean;
  /** Why, in a few words (shown by the CLI and in logs). */
  reason: string;
  jsonLd: JsonLdSummary;
  /** The body found while checking, reused by extraction so the page is scored once. */
  body: BodyCandidate | null;
}

const PRICE = /(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|kr|USD|EUR|GBP))/g;
const BUY = /\b(?:add to (?:basket|cart|bag)|buy now|in stock|out of stock)\b/i;

function hasVisiblePassword(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('input[type="password"]')).some((el) => !isHiddenByMarkup(el));
}

function looksLikeShop(doc: Document): boolean {
  const text = doc.body?.textContent ?? '';
  return BUY.test(text) && (text.match(PRICE)?.length ?? 0) >= H.shopMinPrices;
}

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** Headings that are links: one per teaser card on listings, a few "related" ones on articles. */
function headingLinks(root: Element, prune: (el: Element) => boolean = () => false): number {
  let count = 0;
  for (const heading of walkElements(root, prune)) {
    if (!HEADINGS.has(tagOf(heading))) continue;
    const text = normalizeSpace(heading.textContent ?? '').length;
    if (text === 0) continue;
    const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
    // "History [edit]" is a heading with a link, not a teaser: the link must be most of it.
    if (link && normalizeSpace(link.textContent ?? '').length >= Math.min(text, 0.7 * text)) count++;
  }
  return count;
}

function notArticle(reason: string, jsonLd: JsonLdSummary, body: BodyCandidate | null = null): ArticleCheck {
  return { isArticle: false, reason, jsonLd, body };
}

export function checkArticle(doc: Document): ArticleCheck {
  const jsonLd = readJsonLd(doc, H.articleTypes);
  const declared = jsonLd.article !== null;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  const ogArticle = ogType === 'article' || ogType?.startsWith('article.') === true;
  if (!declared && !ogArticle && !isProbablyReaderable(doc)) return notArticle('no article signals', jsonLd);
  if (!declared) {
    const listing = [...jsonLd.types].find((t) => H.listingTypes.has(t));
    if (listing) return notArticle(`declared ${listing}`, jsonLd);
  }
  const body = findBody(doc);
  if (!body) return notArticle('no body text', jsonLd);
  const minProse = declared ? 100 : 400;
  if (body.proseChars < minProse) return notArticle(`only ${body.proseChars} characters of prose`, jsonLd, body);
  if (!declared && body.proseChars < H.formPageMaxProseChars) {
    if (hasVisiblePassword(doc)) return notArticle('sign-in form', jsonLd, body);
    if (looksLikeShop(doc)) return notArticle('shop listing', jsonLd, body);
  }
  // Headings in related-link boxes and sidebars inside the body element do not count.
  const pruned = (el: Element) => isSkippedTag(el) || isHiddenByMarkup(el) || isFurniture(el) || isUnlikelyByName(el);
  const teasersInBody = body.include
    ? [...body.include].reduce((n, child) => n + (pruned(child) ? 0 : headingLinks(child, pruned)), 0)
    : headingLinks(body.root, pruned);
  if (teasersInBody >= 4 && body.proseChars / teasersInBody < 600 && body.largestBlockChars < H.listingMaxBodyChars) {
    return notArticle(`${teasersInBody} teaser headlines in the body`, jsonLd, body);
  }
  if (!declared && body.proseChars < H.listingMaxBodyChars && headingLinks(doc.body) >= H.listingMinTeasers) {
    return notArticle('teaser grid with little prose', jsonLd, body);
  }
  const how = declared ? 'JSON-LD article' : ogArticle ? 'og:type article' : 'readable prose';
  return { isArticle: true, reason: `${how}, ${body.proseChars} characters of prose`, jsonLd, body };
}
