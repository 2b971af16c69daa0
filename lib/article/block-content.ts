// What a block holds (text, commas, paragraphs, images, inputs, headings, figures, link density), for
// the "clean conditionally" test. A wrapper whose only content is one element holds exactly what that
// element holds, so a chain of wrappers is measured once: 2,000 nested divs cost one walk, not 2,000.
import {
  isElement,
  isSkippedTag,
  isText,
  leadingText,
  linkDensity,
  normalizedLength,
  readableRawText,
  tagOf,
} from './dom-utils';

/** What the test needs of a block's contents beyond its text, counted only when the text leaves a doubt. */
export interface BlockDetails {
  paragraphs: number;
  images: number;
  inputs: number;
  headings: number;
  figures: number;
  linkDensity: number;
}

export interface BlockContent {
  /** Commas in the text, counted up to 10 (ten make prose, and then nothing else is needed). */
  commas: number;
  textLength: number;
  details(): BlockDetails;
}

/** Commas of the scripts news comes in: Latin, full-width, ideographic (Japanese, Chinese), Arabic. */
const COMMAS = [',', '，', '、', '،'];

/** Commas in `text`, counting stops at `limit`. */
function countCommas(text: string, limit: number): number {
  let count = 0;
  for (let at = 0; count < limit; count++) {
    let next = -1;
    for (const comma of COMMAS) {
      const found = text.indexOf(comma, at);
      if (found >= 0 && (next < 0 || found < next)) next = found;
    }
    if (next < 0) break;
    at = next + 1;
  }
  return count;
}

function measure(el: Element): BlockContent {
  const raw = readableRawText(el);
  const textLength = normalizedLength(raw);
  let details: BlockDetails | undefined;
  return {
    commas: countCommas(raw, 10),
    textLength,
    // On a big block the counts and, above all, the link density cost a walk: only when asked.
    details() {
      const count = (tag: string) => el.getElementsByTagName(tag).length;
      details ??= {
        paragraphs: count('p'),
        images: count('img'),
        inputs: count('input'),
        headings: count('h1') + count('h2') + count('h3'),
        figures: count('figure'),
        linkDensity: linkDensity(el, undefined, textLength),
      };
      return details;
    },
  };
}

/** Tags the measures count (or whose text they skip): a wrapper of one of these holds more than it. */
const COUNTED = new Set(['p', 'img', 'input', 'h1', 'h2', 'h3', 'figure', 'a']);

/**
 * The one element `el` wraps, when everything else in it is whitespace and that element's own tag
 * counts for nothing (so wrapper and wrapped measure the same); else null.
 */
function onlyChild(el: Element): Element | null {
  // The native count settles most blocks at once (a walk of their children would not be free).
  if (el.childElementCount !== 1) return null;
  let only: Element | null = null;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (isElement(node)) {
      if (only) return null;
      only = node;
    } else if (isText(node) && node.data.trim() !== '') return null;
  }
  return only && !COUNTED.has(tagOf(only)) && !isSkippedTag(only) ? only : null;
}

/** Characters of leading text the aside test reads. */
export const LEADING_CHARS = 40;

/** Measures blocks, remembering each: make one per read of a page (the page may change between reads). */
export class BlockContentCache {
  private readonly contents = new Map<Element, BlockContent>();
  private readonly leadings = new Map<Element, string>();

  of(el: Element): BlockContent {
    return shared(el, this.contents, measure);
  }

  /** The block's first characters (`leadingText(el, LEADING_CHARS)`). */
  leading(el: Element): string {
    return shared(el, this.leadings, (inner) => leadingText(inner, LEADING_CHARS));
  }
}

/** `compute(el)`, or the value of the element `el` wraps: down the chain of wrappers once, then remembered. */
function shared<T>(el: Element, known: Map<Element, T>, compute: (el: Element) => T): T {
  const chain: Element[] = [];
  let inner: Element = el;
  let value = known.get(inner);
  for (let next = onlyChild(inner); value === undefined && next; next = onlyChild(inner)) {
    chain.push(inner);
    inner = next;
    value = known.get(inner);
  }
  value ??= compute(inner);
  known.set(inner, value);
  for (const wrapper of chain) known.set(wrapper, value);
  return value;
}
