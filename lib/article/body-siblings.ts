// The blocks beside the best-scoring one that belong to the body too (score-content.ts picks that
// block): like chunks of one class between ads, siblings that score or hold prose of their own, and
// single paragraphs in wrappers, as Readability joins them.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import { isFurniture, isSkippedTag, isUnlikelyByName, linkDensity, readableText, tagOf } from './dom-utils';
import type { BodyCandidate } from './score-content';

/** A scored paragraph and its length in (weighted) characters. */
interface ProseParagraph {
  el: Element;
  chars: number;
}

/** Characters of paragraph text under each child of `parent` (paragraphs too deep to score it still count). */
function proseByChild(parent: Element, paragraphs: readonly ProseParagraph[]): Map<Element, number> {
  const prose = new Map<Element, number>();
  for (const { el, chars } of paragraphs) {
    let child: Element | null = el;
    while (child && child.parentElement !== parent) child = child.parentElement;
    if (child) prose.set(child, (prose.get(child) ?? 0) + chars);
  }
  return prose;
}

/**
 * The ancestor of `top` (a few levels up) that is one of a run of like chunks: pages that split the body
 * into repeated wrappers of one class ("GridWrapper", "article-chunk"), each with prose, between ads.
 * Its like siblings then join the body as siblings do.
 */
export function chunkOf(top: Element, paragraphs: readonly ProseParagraph[], body: Element): Element {
  let at = top;
  for (let level = 0; level < H.chunkLevels && at.parentElement && at.parentElement !== body; level++) {
    const cls = at.getAttribute('class');
    const siblings = cls ? Array.from(at.parentElement.children) : [];
    // The class first (a string compare); the prose of the like siblings only when there are some.
    const like = siblings.filter((sibling) => sibling !== at && sibling.getAttribute('class') === cls);
    if (like.length > 0) {
      const prose = proseByChild(at.parentElement, paragraphs);
      if (like.some((sibling) => (prose.get(sibling) ?? 0) >= H.siblingMinProse)) return at;
    }
    at = at.parentElement;
  }
  return top;
}

/** `el` is a paragraph, or wraps one paragraph and nothing else. */
function soleParagraph(el: Element): boolean {
  let at: Element | null = el;
  while (at && tagOf(at) !== 'p') {
    if (at.childElementCount !== 1 || isUnlikelyByName(at)) return false;
    at = at.firstElementChild;
  }
  return at !== null;
}

/** A sibling holding much prose of its own, and not a box of teasers (headings that are links). */
function isDeepProse(sibling: Element, prose: number): boolean {
  if (prose < H.siblingMinProse || isUnlikelyByName(sibling) || linkDensity(sibling) >= 0.3) return false;
  return sibling.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4').length < 2;
}

/** Siblings of the best block that hold enough prose of their own join it. */
export function withSiblings(
  top: Element,
  scores: Map<Element, number>,
  paragraphs: readonly ProseParagraph[],
): BodyCandidate['include'] {
  const parent = top.parentElement;
  if (!parent || tagOf(parent) === 'body' || tagOf(parent) === 'html') return null;
  let prose: Map<Element, number> | null = null; // read only when a sibling's score leaves the doubt
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * H.siblingShare);
  const topClass = top.getAttribute('class') ?? '';
  const include = new Set<Element>([top]);
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top || isSkippedTag(sibling) || isFurniture(sibling)) continue;
    const bonus = topClass !== '' && sibling.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold && !isUnlikelyByName(sibling)) {
      include.add(sibling);
    } else if (isDeepProse(sibling, (prose ??= proseByChild(parent, paragraphs)).get(sibling) ?? 0)) {
      // A part of the body nested too deep for its paragraphs' scores to reach it (a lead's own wrapper).
      include.add(sibling);
    } else if (soleParagraph(sibling)) {
      // A paragraph, or a wrapper of just one ("<div class=firstPar><p>…</p></div>"), as Readability joins them.
      const text = readableText(sibling);
      const density = linkDensity(sibling);
      if ((text.length > 80 && density < 0.25) || (text.length > 0 && density === 0 && /\.( |$)/.test(text))) {
        include.add(sibling);
      }
    }
  }
  return include.size > 1 ? include : null;
}
