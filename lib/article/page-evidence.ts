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
  /** Field labels in the body ("Study Type:", "Last Verified:"): a database record's or a spec sheet's. */
  fieldLabels: number;
  /** Paragraphs and list items in the body, to weigh the labels against. */
  blocks: number;
  /** Headings on the page that link elsewhere (teaser cards), counted when og:type does not say article. */
  linkedHeadings: number;
  /** An audio or video player in the article's container (an element, or an embedded player's frame). */
  player: boolean;
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'IndividualProduct', 'SoftwareApplication', 'MobileApplication', 'VideoObject', 'MusicRecording', 'PodcastEpisode', 'Movie', 'TVEpisode']); // prettier-ignore

/** Elements that may be a field's label, and a label's text: short, ending in a colon. */
const LABEL_ELEMENTS = 'th, td, dt, div, span, strong, b, label, p, li';
const FIELD_LABEL = /^\s*\S.{0,58}[:：]\s*$/s;

/** The body's field labels (a leaf element, or one around a single one, whose text ends in a colon) and its paragraphs and items. */
function countFieldLabels(root: Element): { fieldLabels: number; blocks: number } {
  let fieldLabels = 0;
  let blocks = 0;
  for (const el of Array.from(root.querySelectorAll(LABEL_ELEMENTS))) {
    if (el.localName === 'p' || el.localName === 'li') blocks++;
    // Containers are passed over unread: their text is their children's.
    if (el.childElementCount > 1) continue;
    const text = el.textContent ?? '';
    if (text.length <= 80 && FIELD_LABEL.test(text)) fieldLabels++;
  }
  return { fieldLabels, blocks };
}

const LINKED_HEADINGS = 'h2 > a[href], h3 > a[href], h4 > a[href]';
/** Players: the media elements, and the frames of the common video and podcast hosts. */
const PLAYERS =
  'audio, video, iframe[src*="youtube"], iframe[src*="vimeo"], iframe[src*="dailymotion"], iframe[src*="soundcloud"], iframe[src*="spotify"], iframe[src*="podigee"], iframe[src*="player"]';

/** `signals`: the cheap check's answer for the page (its og:type and JSON-LD are not read again). */
export function readPageEvidence(
  doc: Document,
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
    ...countFieldLabels(body.root),
    // One native query: a section front's grid of teasers is what an unmarked page's intro stands over.
    linkedHeadings: signals.ogArticle ? 0 : doc.querySelectorAll(LINKED_HEADINGS).length,
    // Beside the body, in its container: where an episode's or a clip's player stands over its notes.
    player: (body.root.parentElement?.parentElement ?? body.root).querySelector(PLAYERS) !== null,
  };
}
