// The first, cheapest half of the article check, run on every page: what the page declares (JSON-LD
// types, og:type) and Readability's readerable test. Most pages that are not articles stop here,
// before any of the heavier code is even loaded.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { ARTICLE_HEURISTICS as H } from './heuristics';
import { readJsonLd, type JsonLdSummary } from './json-ld';

export interface DeclaredSignals {
  /** Worth the full check: declared an article, or readable prose without a listing declaration. */
  maybeArticle: boolean;
  reason: string;
  jsonLd: JsonLdSummary;
  /** JSON-LD says it is an article. */
  declared: boolean;
  /** og:type says it is an article. */
  ogArticle: boolean;
}

export function readDeclaredSignals(doc: Document): DeclaredSignals {
  const jsonLd = readJsonLd(doc, H.articleTypes);
  const declared = jsonLd.article !== null;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  const ogArticle = ogType === 'article' || ogType?.startsWith('article.') === true;
  const base = { jsonLd, declared, ogArticle };
  if (declared || ogArticle)
    return { ...base, maybeArticle: true, reason: declared ? 'JSON-LD article' : 'og:type article' };
  const listing = [...jsonLd.types].find((t) => H.listingTypes.has(t));
  if (listing) return { ...base, maybeArticle: false, reason: `declared ${listing}` };
  if (!isProbablyReaderable(doc)) return { ...base, maybeArticle: false, reason: 'no article signals' };
  return { ...base, maybeArticle: true, reason: 'readable prose' };
}
