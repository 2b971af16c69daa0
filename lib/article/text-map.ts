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

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: never written to the text. */
function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

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

  /** Writes a node's characters, whitespace collapsed, in runs (per-character string building is slow). */
  addText(node: Text, markable: boolean): void {
    const data = node.data;
    let segment: TextSegment | null = null;
    const pieces: string[] = [];
    const raw: number[] = [];
    let identity = true;
    let runStart = -1;
    const endRun = (end: number) => {
      if (runStart >= 0) pieces.push(data.slice(runStart, end));
      runStart = -1;
    };
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isCollapsible(code)) {
        endRun(i);
        if (!this.pending && !this.atBlockStart) this.pending = { node, rawIndex: i, owner: segment };
        continue;
      }
      if (isInvisible(code)) {
        endRun(i);
        continue;
      }
      if (this.pending && this.pending.node !== node) this.flushForeignSpace();
      if (!segment) {
        segment = { node, start: this.length, end: 0, raw: null, markable, data };
        this.segments.push(segment);
      }
      if (this.pending) {
        identity &&= this.pending.rawIndex === raw.length;
        raw.push(this.pending.rawIndex);
        pieces.push(' ');
        this.pending = null;
      }
      identity &&= i === raw.length;
      raw.push(i);
      if (runStart < 0) runStart = i;
      this.atBlockStart = false;
    }
    endRun(data.length);
    if (segment) {
      const chunk = pieces.join('');
      segment.end = segment.start + chunk.length;
      segment.raw = identity ? null : raw;
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
