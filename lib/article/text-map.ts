// Reads the text of live DOM regions into one string, whitespace collapsed and blocks separated by
// blank lines, and remembers which text node each character came from, so offsets map back to the DOM.
import { isElement, isText, tagOf } from './dom-utils';
import { CHECKPOINT_EVERY, runAll, type Steps } from '../page/slices';

export interface TextSegment {
  node: Text;
  /** Range of this node's characters in the text. */
  start: number;
  end: number;
  /** Offset in `node.data` of each character of the range; null when it is `node.data` itself from 0. */
  raw: number[] | null;
  /** False inside code, pre, contenteditable: text we read but never wrap. */
  markable: boolean;
  /** The node's data when it was read: marking skips a node the page has changed since. */
  data: string;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'th', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]); // prettier-ignore
const UNMARKABLE_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'tt']);

/** A region to read: an element and, optionally, which of its children belong. */
export interface TextRegion {
  root: Element;
  include?: ReadonlySet<Element> | null;
}

/** A run of collapsible whitespace, or one invisible character (soft hyphen, zero-width space and
 * joiners, word joiner, BOM), which is never written to the text. */
const BREAKS = /[ \n\t\r\f]+|[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;

/** Whitespace other than single spaces, or an invisible character: the text needs the full walk. */
const NEEDS_COLLAPSING = /[\n\t\r\f\u00ad\u200b\u200c\u200d\u2060\ufeff]| {2}/;

function isCollapsible(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/** Whitespace waiting to be written as one space, and the text node it came from. */
interface PendingSpace {
  node: Text;
  rawIndex: number;
  /** The segment of `node` it follows, when that node wrote characters before it. */
  owner: TextSegment | null;
}

class TextMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private pending: PendingSpace | null = null;
  private atBlockStart = true;
  readonly segments: TextSegment[] = [];

  private separate(separator: string): void {
    if (this.length > 0 && !this.atBlockStart) {
      this.parts.push(separator);
      this.length += separator.length;
    }
    this.atBlockStart = true;
    this.pending = null;
  }

  blockBoundary(): void {
    this.separate('\n\n');
  }

  lineBreak(): void {
    this.separate('\n');
  }

  /** Writes a space left pending by an earlier node, attributed to it when it wrote the text before. */
  private flushForeignSpace(): void {
    const pending = this.pending;
    if (!pending) return;
    const owner = pending.owner;
    if (owner && owner.end === this.length) {
      (owner.raw ??= Array.from({ length: owner.end - owner.start }, (_, k) => k)).push(pending.rawIndex);
      owner.end += 1;
    }
    this.parts.push(' ');
    this.length += 1;
    this.pending = null;
  }

  /**
   * Writes a node's characters, whitespace collapsed. A native regular expression finds the whitespace
   * and invisible characters; the runs between them are copied whole, and the offset map (`raw`) is
   * only built once the text stops matching the node's own offsets.
   */
  addText(node: Text, markable: boolean): void {
    const data = node.data;
    let segment: TextSegment | null = null;
    const pieces: string[] = [];
    let raw: number[] | null = null;
    let written = 0;
    const mapTo = (rawIndex: number) => {
      if (!raw && rawIndex === written) return; // still the node's own offsets
      raw ??= Array.from({ length: written }, (_, k) => k);
      raw.push(rawIndex);
    };
    const writeRun = (from: number, to: number) => {
      if (from >= to) return;
      if (this.pending && this.pending.node !== node) this.flushForeignSpace();
      if (!segment) {
        segment = { node, start: this.length, end: 0, raw: null, markable, data };
        this.segments.push(segment);
      }
      if (this.pending) {
        mapTo(this.pending.rawIndex);
        pieces.push(' ');
        written++;
        this.pending = null;
      }
      if (raw || from !== written) for (let k = from; k < to; k++) mapTo(k); // else: own offsets still
      pieces.push(data.slice(from, to));
      written += to - from;
      this.atBlockStart = false;
    };
    const spaceAt = (rawIndex: number) => {
      if (!this.pending && !this.atBlockStart) this.pending = { node, rawIndex, owner: segment };
    };
    if (!NEEDS_COLLAPSING.test(data)) {
      // Only single spaces: the text is the node's own, but for a space at either end (the common case,
      // and a 1 MB node costs one copy instead of a step per word).
      const from = data.charCodeAt(0) === 32 ? 1 : 0;
      const to = data.length > from && data.charCodeAt(data.length - 1) === 32 ? data.length - 1 : data.length;
      if (from === 1) spaceAt(0);
      writeRun(from, to);
      if (to < data.length) spaceAt(to);
    } else {
      BREAKS.lastIndex = 0;
      let position = 0;
      for (let match = BREAKS.exec(data); match; match = BREAKS.exec(data)) {
        writeRun(position, match.index);
        if (isCollapsible(data.charCodeAt(match.index))) spaceAt(match.index);
        position = match.index + match[0].length;
      }
      writeRun(position, data.length);
    }
    const last = segment as TextSegment | null; // (assigned in writeRun, which TypeScript cannot see)
    if (last) {
      last.end = last.start + written;
      last.raw = raw;
      this.parts.push(pieces.join(''));
      this.length += written;
    }
    if (this.pending && this.pending.node === node) this.pending.owner = segment;
  }

  build(): TextMap {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

function isUnmarkable(el: Element): boolean {
  return UNMARKABLE_TAGS.has(tagOf(el)) || el.getAttribute('contenteditable') !== null;
}

/**
 * Reads `regions` in order; `prune(el)` drops a subtree (furniture, hidden, boilerplate).
 * Regions are separated like blocks.
 */
export function* buildTextMapSteps(regions: TextRegion[], prune: (el: Element) => boolean): Steps<TextMap> {
  const builder = new TextMapBuilder();
  let visited = 0;
  type Frame = { node: Node; leaving: boolean; unmarkable: boolean };
  for (const region of regions) {
    builder.blockBoundary();
    const stack: Frame[] = [];
    const children = Array.from(region.root.childNodes).filter(
      (child) => !region.include || (isElement(child) && region.include.has(child)),
    );
    const rootUnmarkable = isUnmarkable(region.root);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as Node, leaving: false, unmarkable: rootUnmarkable });
    }
    while (stack.length > 0) {
      const frame = stack.pop() as Frame;
      const node = frame.node;
      if (++visited % CHECKPOINT_EVERY === 0) yield;
      if (isText(node)) {
        builder.addText(node, !frame.unmarkable);
        continue;
      }
      if (!isElement(node)) continue;
      const tag = tagOf(node);
      if (frame.leaving) {
        if (BLOCK_TAGS.has(tag)) builder.blockBoundary();
        continue;
      }
      if (tag === 'br') {
        builder.lineBreak();
        continue;
      }
      if (prune(node)) continue;
      if (BLOCK_TAGS.has(tag)) builder.blockBoundary();
      const unmarkable = frame.unmarkable || isUnmarkable(node);
      stack.push({ node, leaving: true, unmarkable });
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) {
        const kid = kids[i];
        if (kid) stack.push({ node: kid, leaving: false, unmarkable });
      }
    }
  }
  builder.blockBoundary();
  return builder.build();
}

export function buildTextMap(regions: TextRegion[], prune: (el: Element) => boolean): TextMap {
  return runAll(buildTextMapSteps(regions, prune));
}
