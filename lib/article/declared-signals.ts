// The first, cheapest half of the article check, run on every page: what the page declares (JSON-LD
// types, og:type), quick listing and sign-in signs, and Readability's readerable score. Most pages that
// are not articles stop here, before any of the heavier code is even loaded.
import { SIGNAL_TABLES as H } from './signal-tables';
import { readJsonLd, type JsonLdSummary } from './json-ld';
import { quickListingReason } from './quick-listing';
import { readProseStats, type ProseStats } from './prose-stats';

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
  if (declared) return { ...base, maybeArticle: true, reason: 'JSON-LD article' };
  const listingType = [...jsonLd.types].find((t) => H.listingTypes.has(t));
  if (listingType && !ogArticle) return { ...base, maybeArticle: false, reason: `declared ${listingType}` };
  let stats: ProseStats | undefined;
  const prose = () => (stats ??= readProseStats(doc));
  const listing = quickListingReason(doc, ogArticle, prose);
  if (listing) return { ...base, maybeArticle: false, reason: listing };
  if (ogArticle) return { ...base, maybeArticle: true, reason: 'og:type article' };
  if (prose().readableScore <= H.readerableMinScore)
    return { ...base, maybeArticle: false, reason: 'no article signals' };
  return { ...base, maybeArticle: true, reason: 'readable prose' };
}
