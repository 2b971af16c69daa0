// The cheap "is this an article?" check. Declarations (JSON-LD, og:type) and Readability's readerable
// test say "maybe"; guards against listings, teaser grids, logins and shops can still say no.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { ARTICLE_HEURISTICS as H } from './heuristics';
import { readJsonLd, type JsonLdSummary } from './json-ld';
import { findBody, type BodyCandidate } from './score-content';
import {
  hasVisiblePassword,
  isArchivePage,
  looksLikeShop,
  proseOutsideTeasers,
  teaserHeadings,
  teasersInBody,
} from './listing-signals';

export interface ArticleCheck {
  isArticle: boolean;
  /** Why, in a few words (shown by the CLI and in logs). */
  reason: string;
  jsonLd: JsonLdSummary;
  /** The body found while checking, reused by extraction so the page is scored once. */
  body: BodyCandidate | null;
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
  if (!declared && !ogArticle) {
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
  // A page that declares itself an article is one, unless it is visibly an archive page of teasers.
  if (!declared && (!ogArticle || isArchivePage(doc))) {
    const teasers = teasersInBody(body);
    if (teasers.length >= 4 && proseOutsideTeasers(body, teasers) < H.listingMaxBodyChars) {
      return notArticle(`${teasers.length} teasers and little prose of its own`, jsonLd, body);
    }
    if (body.proseChars < H.listingMaxBodyChars && teaserHeadings(doc.body).length >= H.listingMinTeasers) {
      return notArticle('teaser grid with little prose', jsonLd, body);
    }
  }
  const how = declared ? 'JSON-LD article' : ogArticle ? 'og:type article' : 'readable prose';
  return { isArticle: true, reason: `${how}, ${body.proseChars} characters of prose`, jsonLd, body };
}
