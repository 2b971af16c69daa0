// Reads the text of live DOM regions into one string, whitespace collapsed and blocks separated by
// blank lines, and remembers which text node each character came from, so offsets map back to the DOM.
import { isElement, isText, tagOf } from './dom-utils';

export interface TextSegment {
  node: Text;
  /** Range of this node's characters in the text. */
  start: number;
  end: number;
  /** Offset in `node.data` of each character of the range; null when it is `node.data` itself from 0. */
  raw: number[] | null;
  /** False inside code, pre, contenteditable: text we read but never wrap. */
  markable: boolean;
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

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;

function isCollapsible(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
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

  addText(node: Text, markable: boolean): void {
    const data = node.data;
    let segment: TextSegment | null = null;
    let chunk = '';
    const raw: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const ch = data.charAt(i);
      if (isCollapsible(ch)) {
        if (!this.pending && !this.atBlockStart) this.pending = { node, rawIndex: i, owner: segment };
        continue;
      }
      if (INVISIBLE.test(ch)) continue;
      if (this.pending && this.pending.node !== node) this.flushForeignSpace();
      if (!segment) {
        segment = { node, start: this.length, end: 0, raw: null, markable };
        this.segments.push(segment);
      }
      if (this.pending) {
        raw.push(this.pending.rawIndex);
        chunk += ' ';
        this.pending = null;
      }
      raw.push(i);
      chunk += ch;
      this.atBlockStart = false;
    }
    if (segment) {
      segment.end = segment.start + chunk.length;
      segment.raw = raw.every((r, k) => r === k) ? null : raw;
      this.parts.push(chunk);
      this.length += chunk.length;
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
export function buildTextMap(regions: TextRegion[], prune: (el: Element) => boolean): TextMap {
  const builder = new TextMapBuilder();
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
