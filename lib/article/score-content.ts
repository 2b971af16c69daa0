// Finds the live element that holds an article's body by scoring paragraphs into their ancestors,
// the way Readability's candidate scoring works, but read-only: the page's DOM is never changed.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import {
  classAndId,
  isElement,
  isText,
  normalizeSpace,
  classWeight,
  isFurniture,
  isHiddenByMarkup,
  isSkippedTag,
  isDeclaredBody,
  isUnlikelyByName,
  linkDensity,
  readableText,
  tagOf,
} from './dom-utils';
import { CHECKPOINT_EVERY, runAll, type Steps } from '../page/slices';
import { weightedLength } from './script-weight';
import { chunkOf, liftToLead, withSiblings } from './body-siblings';

export interface BodyCandidate {
  /** The element whose subtree holds the body. */
  root: Element;
  /** When set, only these children of `root` belong to the body (the best block and its siblings). */
  include: ReadonlySet<Element> | null;
  score: number;
  /** Characters of scored paragraph text under the body: how much prose it holds. */
  proseChars: number;
  /** The scored paragraphs under the body and their lengths. */
  paragraphs: Array<{ el: Element; chars: number }>;
}

/** Descendants that make a div a container rather than a paragraph (Readability's list, plus sections). */
const BLOCK_DESCENDANT = new Set([
  'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]); // prettier-ignore
/** Block-level tags that make a parent a container even when their subtree is pruned (furniture, forms). */
const PRUNED_BLOCKS = new Set([...BLOCK_DESCENDANT, 'aside', 'nav', 'header', 'footer', 'form', 'main', 'menu', 'details', 'fieldset', 'li', 'dd', 'dt', 'address']); // prettier-ignore
const DIV_LIKE = new Set(['div', 'section', 'article', 'td', 'blockquote', 'main']);
/** Inline containers that old markup fills with blocks and loose text: their loose text can be a paragraph. */
const INLINE_CONTAINERS = new Set(['span', 'font', 'center']);
const TAG_BONUS: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3,
  form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
}; // prettier-ignore

interface Paragraph {
  el: Element;
  chars: number;
  score: number;
  /** Under a block whose class/id says furniture (only the strict pass drops these). */
  unlikely: boolean;
}

/** The page's declared main region is never pruned by its class name ("js-social-anchor"). */
function isMainRegion(el: Element): boolean {
  const tag = tagOf(el);
  return tag === 'body' || tag === 'main' || el.getAttribute('role') === 'main' || isDeclaredBody(el);
}

function isHardUnlikely(el: Element): boolean {
  if (isMainRegion(el)) return false;
  const name = classAndId(el);
  // H.comments is a part of H.hardUnlikely: one test settles most names.
  return name !== '' && H.hardUnlikely.test(name) && (!H.maybe.test(name) || H.comments.test(name));
}

interface OpenBlock {
  el: Element;
  unlikely: boolean;
  /** A block-level descendant was seen: then this is a container, not a paragraph. */
  hasBlock: boolean;
  /** A <br> child was seen: a container that may hold paragraphs as loose text between line breaks. */
  hasBreak: boolean;
}

function toParagraph(el: Element, unlikely: boolean, text = readableText(el)): Paragraph | null {
  const chars = weightedLength(text);
  if (chars < H.minParagraphChars) return null;
  const commas = text.split(/[,，、،]/).length - 1;
  return { el, chars, score: 1 + commas + Math.min(Math.floor(chars / 100), 3), unlikely };
}

/**
 * One walk over the page collects every paragraph: each `p`/`pre`, and each div-like block with no
 * block-level descendant, noting whether a furniture-named block holds it.
 */
function* collectParagraphs(body: Element): Steps<Paragraph[]> {
  const paragraphs: Paragraph[] = [];
  let visited = 0;
  const divLike: OpenBlock[] = [];
  const path: OpenBlock[] = [];
  const stack: Array<{ el: Element; depth: number }> = [{ el: body, depth: 0 }];
  while (stack.length > 0) {
    const { el, depth } = stack.pop() as { el: Element; depth: number };
    if (++visited % CHECKPOINT_EVERY === 0) yield;
    path.length = depth;
    const tag = tagOf(el);
    const pruned = el !== body && (isSkippedTag(el) || isHiddenByMarkup(el) || isFurniture(el) || isHardUnlikely(el));
    if (BLOCK_DESCENDANT.has(tag) || (pruned && PRUNED_BLOCKS.has(tag))) {
      // A block child makes its ancestors containers even when it is pruned below: a div whose article
      // or sidebar was left out is no paragraph holding their text.
      for (let i = path.length - 1; i >= 0 && !(path[i] as OpenBlock).hasBlock; i--)
        (path[i] as OpenBlock).hasBlock = true;
    }
    if (pruned) continue;
    // A paragraph's own class does not make it unlikely ("p.paywall" is the text behind a paywall); its containers' do.
    const named = tag !== 'p' && !isMainRegion(el) && isUnlikelyByName(el);
    const unlikely = (path[depth - 1]?.unlikely ?? false) || named;
    const parent = path[depth - 1];
    if (tag === 'br' && parent && !parent.hasBreak) {
      parent.hasBreak = true;
      // A container of text between line breaks: its loose text may be paragraphs (looseParagraph).
      if (INLINE_CONTAINERS.has(tagOf(parent.el))) divLike.push(parent);
    }
    const open: OpenBlock = { el, unlikely, hasBlock: false, hasBreak: false };
    path.push(open);
    if (tag === 'p' || tag === 'pre') {
      const paragraph = toParagraph(el, unlikely);
      if (paragraph) paragraphs.push(paragraph);
      if (tag === 'pre') continue;
    } else if (DIV_LIKE.has(tag)) {
      divLike.push(open);
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ el: child, depth: depth + 1 });
    }
  }
  for (const block of divLike) {
    if (++visited % CHECKPOINT_EVERY === 0) yield;
    // An inline container without blocks leaves its text to its parent; loose text stands between line
    // breaks: a container without a <br> child has none worth reading.
    if (block.hasBlock ? !block.hasBreak : INLINE_CONTAINERS.has(tagOf(block.el))) continue;
    const paragraph = block.hasBlock ? looseParagraph(block) : toParagraph(block.el, block.unlikely);
    if (paragraph) paragraphs.push(paragraph);
  }
  return paragraphs;
}

const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'font', 'u', 'small', 'sup', 'sub', 'abbr', 'cite', 'q', 'mark', 'time', 'br']); // prettier-ignore
const BLOCK_SELECTOR = [...BLOCK_DESCENDANT].join(',');

/**
 * The text a container holds between its blocks: old markup writes paragraphs as text and <br>s next to
 * a heading ("<span class=articleText><h2>Lead</h2><br><br>The court…"). A browser shows it as paragraphs;
 * Readability wraps it in some. Counted when long enough to be prose.
 */
function looseParagraph(block: OpenBlock): Paragraph | null {
  const parts: string[] = [];
  for (let node = block.el.firstChild; node; node = node.nextSibling) {
    if (isText(node)) parts.push(node.data);
    else if (isElement(node) && INLINE.has(tagOf(node)) && !isSkippedTag(node) && !node.querySelector(BLOCK_SELECTOR))
      parts.push(node.textContent ?? '');
  }
  const text = normalizeSpace(parts.join(''));
  return text.length >= H.looseTextMinChars ? toParagraph(block.el, block.unlikely, text) : null;
}

/** Adds each paragraph's score to its ancestors, less with each level up. */
export function scoreAncestors(paragraphs: Paragraph[], body: Element): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const { el, score } of paragraphs) {
    let ancestor = el.parentElement;
    for (let level = 0; ancestor && level < H.scoreLevels; level++) {
      if (!scores.has(ancestor)) scores.set(ancestor, classWeight(ancestor) + (TAG_BONUS[tagOf(ancestor)] ?? 0));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / divider);
      if (ancestor === body) break;
      ancestor = ancestor.parentElement;
    }
  }
  return scores;
}

/** The best-scoring block, moved up to a common ancestor when its rivals share one. */
function* pickTop(scores: Map<Element, number>, body: Element): Steps<Element | null> {
  const ranked: Array<readonly [Element, number]> = [];
  const linkText = new Map<Element, number>();
  let best = 0;
  for (const [el, raw] of [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    // Link density only lowers a score: a block whose raw score is below the rivals' share of the best
    // adjusted score can neither win nor be a rival, and neither can any after it. Same result, and
    // the outer blocks, whose text is the whole page, are seldom read.
    if (raw < best * H.alternativeShare) break;
    const adjusted = raw * (1 - linkDensity(el, linkText));
    ranked.push([el, adjusted]);
    best = Math.max(best, adjusted);
    yield; // a big block's link density reads all its text
  }
  ranked.sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return null;
  const topScore = first[1];
  let top = first[0];
  if (top === body) return top;
  // Rivals scoring close to the best, sharing an ancestor: the body is split across blocks.
  const rivals = ranked.slice(1, 5).filter(([, s]) => s >= topScore * H.alternativeShare);
  if (rivals.length >= 3) {
    for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
      if (rivals.filter(([el]) => parent.contains(el)).length >= 3) {
        top = parent;
        break;
      }
    }
  }
  // A parent scoring higher than its child holds more of the body.
  let lastScore = scores.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1) {
    top = top.parentElement;
  }
  return top;
}

function paragraphsUnder(candidate: Omit<BodyCandidate, 'proseChars' | 'paragraphs'>, paragraphs: Paragraph[]) {
  return paragraphs.filter(
    ({ el }) =>
      candidate.root.contains(el) && (!candidate.include || [...candidate.include].some((child) => child.contains(el))),
  );
}

function* bestBody(paragraphs: Paragraph[], body: Element): Steps<BodyCandidate | null> {
  const scores = scoreAncestors(paragraphs, body);
  yield;
  const picked = yield* pickTop(scores, body);
  if (!picked) return null;
  const chunk = chunkOf(picked, paragraphs, body);
  const top = liftToLead(chunk, paragraphs, body);
  const include = withSiblings(top, scores, paragraphs);
  const root = include ? (top.parentElement as Element) : top;
  const candidate = { root, include, score: scores.get(chunk) ?? 0 };
  const inside = paragraphsUnder(candidate, paragraphs).map(({ el, chars }) => ({ el, chars }));
  return { ...candidate, proseChars: inside.reduce((n, p) => n + p.chars, 0), paragraphs: inside };
}

/** The article body of `doc`, or null when the page holds no scoring prose at all. */
export function* findBodySteps(doc: Document): Steps<BodyCandidate | null> {
  const body = doc.body;
  if (!body) return null;
  const paragraphs = yield* collectParagraphs(body);
  const strict = yield* bestBody(
    paragraphs.filter((p) => !p.unlikely),
    body,
  );
  if (strict && strict.proseChars >= H.strictEnoughChars) return strict;
  // A wrapper named like furniture ("two-col-sidebar") can hide the article: compare with a pass that keeps it.
  if (!paragraphs.some((p) => p.unlikely)) return strict;
  const loose = yield* bestBody(paragraphs, body);
  if (!strict || !loose) return strict ?? loose;
  return loose.proseChars > strict.proseChars * 1.5 ? loose : strict;
}

export function findBody(doc: Document): BodyCandidate | null {
  return runAll(findBodySteps(doc));
}
