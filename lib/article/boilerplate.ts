// Decides which blocks inside the article's body element are not the article: bylines, share bars,
// related-link lists, ads, forms, headings that repeat the title. Read-only, like the scorer.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import {
  classAndId,
  classWeight,
  isFurniture,
  isHiddenByMarkup,
  isSkippedTag,
  isUnlikelyByName,
  leadingText,
  linkDensity,
  readableRawText,
  readableText,
  tagOf,
} from './dom-utils';

const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'figure']);

/** Commas (Latin or full-width) in `text`, counting stops at `limit`. */
function countCommas(text: string, limit: number): number {
  let count = 0;
  for (let at = 0; count < limit; count++) {
    const latin = text.indexOf(',', at);
    const wide = text.indexOf('，', at);
    const next = latin < 0 ? wide : wide < 0 ? latin : Math.min(latin, wide);
    if (next < 0) break;
    at = next + 1;
  }
  return count;
}

function countTags(el: Element, tag: string): number {
  return el.getElementsByTagName(tag).length;
}

function isByline(el: Element): boolean {
  const rel = el.getAttribute('rel');
  const itemprop = el.getAttribute('itemprop') ?? '';
  const named = rel === 'author' || /\bauthor\b/.test(itemprop) || H.byline.test(classAndId(el));
  return named && readableText(el).length < 100;
}

/** A short paragraph opening like furniture: "Read more: …", "Reporting by …". */
function isAsideText(el: Element): boolean {
  const first = leadingText(el, 40);
  if (!H.asideText.test(first)) return false;
  return readableText(el).length < 400;
}

/** Readability's "clean conditionally", as a verdict instead of a removal. */
function isJunkBlock(el: Element): boolean {
  const weight = classWeight(el);
  if (weight < 0) return true;
  // Ten commas make prose; counted before the whitespace is collapsed, which costs on big blocks.
  if (countCommas(readableRawText(el), 10) >= 10) return false;
  const text = readableText(el);
  const paragraphs = countTags(el, 'p');
  const images = countTags(el, 'img');
  const inputs = countTags(el, 'input');
  const headings = countTags(el, 'h1') + countTags(el, 'h2') + countTags(el, 'h3');
  const density = linkDensity(el, undefined, text.length);
  const tag = tagOf(el);
  if (tag === 'figure' || countTags(el, 'figure') > 0) return false;
  if (images > 1 && paragraphs / images < 0.5 && text.length < 200) return true;
  if (inputs > Math.floor(paragraphs / 3)) return true;
  if (text.length < 25 && images === 0 && headings === 0 && tag !== 'table') return true;
  return weight < 25 ? density > 0.2 : density > 0.5;
}

/**
 * True when `el` (inside the body element) is furniture rather than article text.
 * `title` is the article's title, so a heading that repeats it is left to the headline.
 */
export function isBoilerplate(el: Element, title: string): boolean {
  if (isSkippedTag(el) || isHiddenByMarkup(el) || isFurniture(el)) return true;
  const tag = tagOf(el);
  if (tag === 'header' || tag === 'h1') return true;
  if (isUnlikelyByName(el) || isByline(el)) return true;
  if (H.aside.test(classAndId(el))) return true;
  if ((tag === 'p' || tag === 'div') && isAsideText(el)) return true;
  if ((tag === 'h2' || tag === 'h3') && title !== '' && readableText(el) === title) return true;
  if (CONDITIONAL.has(tag) && isJunkBlock(el)) return true;
  return false;
}
