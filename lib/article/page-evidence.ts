// What a page that does not declare itself an article in JSON-LD shows of being one rather than a page
// about many things or none: the marks every article carries (og:type, a headline over the body, prose;
// its date and byline are read from their clues, in settle-article.ts) and the marks of the pages that
// are not articles (a product or media item in its JSON-LD, a body that is mostly code). Judged in
// article-verdict.ts. (Addresses and product or media og:types were judged by the cheap check.)
import type { BodyCandidate } from './score-content';
import type { DeclaredSignals } from './declared-signals';
import { normalizeSpace, readableLength } from './dom-utils';

export interface PageEvidence {
  /** og:type says article. */
  ogArticle: boolean;
  /** The page's JSON-LD declares a product, an offer or a media item. */
  productOrMedia: boolean;
  /** An h1/h2 matching the title stands on the page (headline.ts). */
  headed: boolean;
  /** Weighted characters of prose in the body. */
  prose: number;
  /** Share of the body's text in code and preformatted blocks. */
  codeShare: number;
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'IndividualProduct', 'SoftwareApplication', 'MobileApplication', 'VideoObject', 'MusicRecording', 'PodcastEpisode', 'Movie', 'TVEpisode']); // prettier-ignore

/** `signals`: the cheap check's answer for the page (its og:type and JSON-LD are not read again). */
export function readPageEvidence(
  body: BodyCandidate,
  headline: Element | null,
  signals: DeclaredSignals,
): PageEvidence {
  let code = 0;
  for (const el of Array.from(body.root.querySelectorAll('pre, code')))
    if (!el.parentElement?.closest('pre, code')) code += normalizeSpace(el.textContent ?? '').length;
  // The body's length is only needed (and only read: it walks the body) when it holds code.
  const codeShare = code === 0 ? 0 : Math.min(1, code / Math.max(1, readableLength(body.root)));
  return {
    ogArticle: signals.ogArticle,
    productOrMedia: [...signals.jsonLd.types].some((t) => PRODUCT_TYPES.has(t)),
    headed: headline !== null,
    prose: body.proseChars,
    codeShare,
  };
}
