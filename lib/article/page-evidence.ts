// What a page shows of being one article rather than a page about many things or none: the marks every
// article carries (a headline over the body, prose; its date and byline are read from their clues, in
// settle-article.ts) and the marks of the pages that are not articles (a product or media declaration, a
// body that is mostly code). Judged in article-verdict.ts. (Addresses were judged by the cheap check.)
import type { BodyCandidate } from './score-content';
import type { JsonLdSummary } from './json-ld';
import { normalizeSpace, readableLength } from './dom-utils';
import { isProductOrMediaType } from './address-signals';

export interface PageEvidence {
  /** JSON-LD declares an article type. */
  declared: boolean;
  /** og:type says article. */
  ogArticle: boolean;
  /** The page declares a product, an offer or a media item (JSON-LD or og:type). */
  productOrMedia: boolean;
  /** An h1/h2 matching the title stands on the page (headline.ts). */
  headed: boolean;
  /** Weighted characters of prose in the body. */
  prose: number;
  /** Share of the body's text in code and preformatted blocks. */
  codeShare: number;
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'IndividualProduct', 'SoftwareApplication', 'MobileApplication', 'VideoObject', 'MusicRecording', 'PodcastEpisode', 'Movie', 'TVEpisode']); // prettier-ignore

export function readPageEvidence(
  doc: Document,
  body: BodyCandidate,
  headline: Element | null,
  jsonLd: JsonLdSummary,
): PageEvidence {
  const og = (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '').trim().toLowerCase();
  const declaredTypes = [...jsonLd.types];
  let code = 0;
  for (const el of Array.from(body.root.querySelectorAll('pre, code')))
    if (!el.parentElement?.closest('pre, code')) code += normalizeSpace(el.textContent ?? '').length;
  // The body's length is only needed (and only read: it walks the body) when it holds code.
  const codeShare = code === 0 ? 0 : Math.min(1, code / Math.max(1, readableLength(body.root)));
  return {
    declared: jsonLd.article !== null,
    ogArticle: og === 'article' || og.startsWith('article.'),
    productOrMedia: declaredTypes.some((t) => PRODUCT_TYPES.has(t)) || isProductOrMediaType(og),
    headed: headline !== null,
    prose: body.proseChars,
    codeShare,
  };
}
