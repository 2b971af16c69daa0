// Small read-only DOM helpers shared by detection, extraction and marking.
// They use only standard DOM properties, so they behave the same in browsers and in linkedom.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import { isHiddenByMarkup } from './hidden-markup';

export { isHiddenByMarkup };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** Lower-case local name ("p", "div", "amp-img"). */
export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

/** The class and id strings of an element, for the class/id patterns. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls) return id ?? '';
  return id ? `${cls} ${id}` : cls;
}

/** Never text: scripts, styles, form controls, embedded media and documents. */
export function isSkippedTag(el: Element): boolean {
  return H.skipTags.has(tagOf(el));
}

/** Navigation, asides, footers, forms and their ARIA equivalents. */
export function isFurniture(el: Element): boolean {
  const tag = tagOf(el);
  // ASP.NET pages wrap the whole page in one <form>: a form holding the headline or the article is the page.
  if (tag === 'form') return !el.querySelector('h1, article, main, [itemprop~="articleBody"]');
  // Some templates put the whole content column in an <aside> (rnz.de): one holding the headline is no sidebar.
  if (tag === 'aside') return !el.querySelector('h1');
  if (H.furnitureTags.has(tag)) return true;
  const role = el.getAttribute('role');
  return role !== null && H.furnitureRoles.has(role);
}

/** The page marks this element as the article's body (schema.org microdata): its class and id do not count. */
export function isDeclaredBody(el: Element): boolean {
  return /\barticleBody\b/.test(el.getAttribute('itemprop') ?? '');
}

/** Class/id says comments, share bar, related links… and nothing says "content". */
export function isUnlikelyByName(el: Element): boolean {
  const name = classAndId(el);
  if (name === '' || !H.unlikely.test(name) || isDeclaredBody(el)) return false;
  // H.comments is a part of H.unlikely: a comment box stays one whatever else its name says.
  return !H.maybe.test(name) || H.comments.test(name);
}

/** Readability-style class weight: +25 for content-like names, −25 for furniture-like names. */
export function classWeight(el: Element): number {
  if (isDeclaredBody(el)) return 25;
  let weight = 0;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls) {
    if (H.negative.test(cls)) weight -= 25;
    if (H.positive.test(cls)) weight += 25;
  }
  if (id) {
    if (H.negative.test(id)) weight -= 25;
    if (H.positive.test(id)) weight += 25;
  }
  return weight;
}

let skipSelector: string | null = null;

/** The text a reader could see in a subtree: `textContent` without scripts, styles and templates. */
export function readableText(el: Element): string {
  return normalizeSpace(readableRawText(el));
}

/** `readableText` before its whitespace is collapsed (enough for counting commas, cheaper on big blocks). */
export function readableRawText(el: Element): string {
  // Most blocks hold no skipped element: then the native textContent is the answer, and far cheaper.
  skipSelector ??= [...H.skipTags].join(',');
  if (!el.querySelector(skipSelector)) return el.textContent ?? '';
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isText(node)) {
      parts.push(node.data);
      continue;
    }
    if (!isElement(node) || (node !== el && isSkippedTag(node))) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  return parts.join('');
}

/** The first `max` characters of an element's text, read node by node (a big block's text is not copied). */
export function leadingText(el: Element, max: number): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.trimStart().length < max) {
    const node = stack.pop() as Node;
    if (isText(node)) out += node.data;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  return out.trimStart().slice(0, max);
}

/** Whitespace-collapsed readable text length of a subtree. */
export function textLength(el: Element): number {
  return readableText(el).length;
}

/**
 * `textLength` for big blocks, from native calls only: the subtree's text less that of its skipped
 * elements. A JavaScript walk over a 100,000-node page would hold the main thread for too long.
 */
export function readableLength(el: Element): number {
  skipSelector ??= [...H.skipTags].join(',');
  let length = normalizedLength(el.textContent ?? '');
  for (const skipped of Array.from(el.querySelectorAll(skipSelector))) {
    const outer = skipped.parentElement?.closest(skipSelector);
    if (!outer || !el.contains(outer)) length -= normalizedLength(skipped.textContent ?? '');
  }
  return Math.max(0, length);
}

export function normalizeSpace(s: string): string {
  // Text whose only whitespace is single spaces needs no rewrite: one scan instead of a copy per word.
  // The ideographic space (U+3000) is a character of Japanese titles, not layout: it stays.
  return (NEEDS_NORMALIZING.test(s) ? s.replace(/[^\S\u3000]+/g, ' ') : s).trim();
}

/** `normalizeSpace(s).length`, without building the string (pages can hold megabytes of text). */
export function normalizedLength(s: string): number {
  const trimmed = s.trim();
  if (!NEEDS_NORMALIZING.test(trimmed)) return trimmed.length;
  let length = trimmed.length;
  // A single whitespace character stays one space; a run of them becomes one.
  for (const run of trimmed.matchAll(/[^\S\u3000]{2,}/g)) length -= run[0].length - 1;
  return length;
}

/** Two whitespace characters in a row, or whitespace other than an ASCII space. */
const NEEDS_NORMALIZING = /\s\s|[^\S ]/;

/**
 * Share of an element's text that sits inside links (0 when it has no text). `linkText` remembers each
 * link's weighted length across calls on nested blocks, so a page's thousands of links are read once.
 * `total`: the block's readable length, when the caller has it already.
 */
export function linkDensity(
  el: Element,
  linkText: Map<Element, number> = new Map(),
  total: number = readableLength(el),
): number {
  if (total === 0) return 0;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i] as Element;
    let weighted = linkText.get(a);
    if (weighted === undefined) {
      const href = a.getAttribute('href');
      // In-page anchors (footnotes, "#top") weigh less, as in Readability.
      const coefficient = href && /^#./.test(href) ? 0.3 : 1;
      weighted = normalizeSpace(a.textContent ?? '').length * coefficient;
      linkText.set(a, weighted);
    }
    linked += weighted;
  }
  return Math.min(1, linked / total);
}

/**
 * The first `first` and the last `last` elements of a list, read by index: a content script pays for a
 * wrapper per element it touches, and `Array.from` would touch every element the selector matched.
 */
export function someOf(list: NodeListOf<Element>, first: number, last = 0): Element[] {
  const out: Element[] = [];
  const n = list.length;
  for (let i = 0; i < Math.min(first, n); i++) out.push(list[i] as Element);
  for (let i = Math.max(first, n - last); i < n; i++) out.push(list[i] as Element);
  return out;
}

/** Elements of `root` in document order, without descending into subtrees `prune` rejects. */
export function* walkElements(root: Element, prune: (el: Element) => boolean): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (el !== root && prune(el)) continue;
    yield el;
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}
