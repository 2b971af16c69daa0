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

/** A class or id naming the story's lead paragraph ("lead", "article__lead", "intro", "chapeau", "entradilla"). */
const LEAD_NAME = /(?:^|[\s_-])(?:lead|lede|leadtext|intro|chapeau|entradilla)(?:$|[\s_-])/i;

/** A lead before the best block: a named block of a sentence or more, not a list of links. */
function isLead(sibling: Element): boolean {
  const names = `${sibling.getAttribute('class') ?? ''} ${sibling.id}`;
  if (!LEAD_NAME.test(names) || isUnlikelyByName(sibling)) return false;
  const text = readableText(sibling);
  return text.length > 80 && linkDensity(sibling) < 0.25;
}

/** Text a wrapper may hold beside the body and still be lifted to (a lone button, an ad's label). */
const MAX_WRAPPER_EXTRA_CHARS = 40;

function hasLeadBefore(el: Element): boolean {
  for (let at = el.previousElementSibling; at; at = at.previousElementSibling) if (isLead(at)) return true;
  return false;
}

/**
 * `top`, or the wrapper of it (a few levels up) that stands after the story's lead: a lead set in a block
 * of its own outside the body's wrappers ("<div class="lead">" beside "<div class="wrapper"><div
 * class="content"><div class="articleBody">"). Only through wrappers whose prose is all `top`'s.
 */
export function liftToLead(top: Element, paragraphs: readonly ProseParagraph[], body: Element): Element {
  let at = top;
  for (let level = 0; level <= H.chunkLevels && at.parentElement && at.parentElement !== body; level++) {
    if (hasLeadBefore(at)) return at;
    const parent = at.parentElement;
    for (const [child, chars] of proseByChild(parent, paragraphs)) if (child !== at && chars > 0) return top;
    // A wrapper that holds more than the body (an author's bio, a share bar) is not lifted to.
    for (const child of Array.from(parent.children))
      if (child !== at && !isSkippedTag(child) && readableText(child).length > MAX_WRAPPER_EXTRA_CHARS) return top;
    at = parent;
  }
  return top;
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
  let beforeTop = true;
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) beforeTop = false;
    if (sibling === top || isSkippedTag(sibling) || isFurniture(sibling)) continue;
    // The story's lead in a block of its own before the body ("<div class="lead">"), however short.
    if (beforeTop && isLead(sibling)) {
      include.add(sibling);
      continue;
    }
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
