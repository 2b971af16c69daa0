// One pass over a page's paragraphs, with native DOM calls only: how much prose stands side by side
// under one parent (an article's body is one such run), and Readability's "readerable" score.
import { SIGNAL_TABLES as H } from './signal-tables';
import { isDenseScriptPage, weightedLength } from './script-weight';

export interface ProseStats {
  /** The most paragraph text (of paragraphs ≥ `minProseParagraph` characters) under one parent. */
  longestRun: number;
  /** Readability's isProbablyReaderable score: Σ √(length − 140) over paragraphs longer than 140. */
  readableScore: number;
}

function textLengthOf(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

/** Lengths in weighted characters on Chinese, Japanese and Korean pages (script-weight.ts). */
function weightedLengthOf(el: Element): number {
  return weightedLength((el.textContent ?? '').trim());
}

/** <br>s in the containers that hold text between line breaks. */
export const BR_PARENTS = 'div > br, span > br, td > br, font > br';

export function readProseStats(doc: Document): ProseStats {
  const lengthOf = isDenseScriptPage(doc) ? weightedLengthOf : textLengthOf;
  const byParent = new Map<Element, number>();
  let longestRun = 0;
  let readableScore = 0;
  const blocks = doc.querySelectorAll('p, pre, article');
  const shortest = Math.min(H.minProseParagraph, H.readerableMinChars + 1);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Element;
    const length = lengthOf(block);
    // Too short to count either way: skip the look-ups below (most of a listing page's paragraphs).
    if (length < shortest) continue;
    const parent = block.parentElement;
    // As in Readability: paragraphs inside list items are teasers or navigation, not prose.
    if (!parent || block.hasAttribute('hidden') || (block.localName === 'p' && block.closest('li'))) continue;
    if (length > H.readerableMinChars) readableScore += Math.sqrt(length - H.readerableMinChars);
    // An <article> counts for the readerable score, as in Readability, but is no paragraph of a run.
    if (length < H.minProseParagraph || block.localName === 'article') continue;
    const run = (byParent.get(parent) ?? 0) + length;
    byParent.set(parent, run);
    longestRun = Math.max(longestRun, run);
  }
  // Old markup writes paragraphs as text between <br>s in a div (or a span, a cell, a font): Readability
  // counts such divs too, and so do we the inline and table containers old newspaper templates used.
  if (readableScore <= H.readerableMinScore) {
    const seen = new Set<Element>();
    for (const br of Array.from(doc.querySelectorAll(BR_PARENTS))) {
      const div = br.parentElement as Element;
      if (seen.has(div)) continue;
      seen.add(div);
      const length = lengthOf(div);
      if (length > H.readerableMinChars) readableScore += Math.sqrt(length - H.readerableMinChars);
    }
  }
  return { longestRun, readableScore };
}
