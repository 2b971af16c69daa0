// The first, cheapest half of the article check, run on every page: what the page declares (JSON-LD
// types, og:type), quick listing and sign-in signs, and Readability's readerable score. Most pages that
// are not articles stop here, before any of the heavier code is even loaded.
import { SIGNAL_TABLES as H } from './signal-tables';
import { summarizeJsonLd, type JsonLdSummary } from './json-ld';
import { quickListingReason } from './quick-listing';
import { addressReason, isProductOrMediaType, pageAddresses } from './address-signals';
import { domSignalReader, XPathSignalReader, type SignalReader } from './signal-reader';

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

/** What the page's address and og:type say against its being an article, or null (address-signals.ts). */
function addressedReason(doc: Document, page: SignalReader, ogType: string, declared: boolean): string | null {
  if (!declared && isProductOrMediaType(ogType)) return 'declares a product or a media item';
  const { canonical, ogUrl } = page.declaredAddresses();
  return addressReason(pageAddresses(doc.URL, canonical, ogUrl), declared);
}

export function readDeclaredSignals(
  doc: Document,
  page: SignalReader = typeof doc.evaluate === 'function' ? new XPathSignalReader(doc) : domSignalReader(doc),
): DeclaredSignals {
  try {
    const texts = page.jsonLdTexts();
    // A page without JSON-LD need not even compile the code that reads it (this runs on every page).
    const jsonLd =
      texts.length > 0 ? summarizeJsonLd(texts, H.articleTypes) : { types: new Set<string>(), article: null };
    const declared = jsonLd.article !== null;
    const ogType = page.ogType()?.trim().toLowerCase();
    const ogArticle = ogType === 'article' || ogType?.startsWith('article.') === true;
    const base = { jsonLd, declared, ogArticle };
    // A JSON-LD article on a home page, a product's or a gallery's address is a template's word.
    const addressed = addressedReason(doc, page, ogType ?? '', declared);
    if (addressed) return { ...base, maybeArticle: false, reason: addressed };
    if (declared) return { ...base, maybeArticle: true, reason: 'JSON-LD article' };
    let listingType: string | undefined;
    for (const type of jsonLd.types) if (!listingType && H.listingTypes.has(type)) listingType = type;
    if (listingType && !ogArticle) return { ...base, maybeArticle: false, reason: `declared ${listingType}` };
    const listing = quickListingReason(page, ogArticle);
    if (listing) return { ...base, maybeArticle: false, reason: listing };
    if (ogArticle) return { ...base, maybeArticle: true, reason: 'og:type article' };
    if (page.readableScoreAtMost(H.readerableMinScore))
      return { ...base, maybeArticle: false, reason: 'no article signals' };
    return { ...base, maybeArticle: true, reason: 'readable prose' };
  } catch (error) {
    // An engine whose XPath fails on some document: the DOM reader asks the same questions.
    if (!(page instanceof XPathSignalReader)) throw error;
    return readDeclaredSignals(doc, domSignalReader(doc));
  }
}
