// Wraps mentions in the live DOM in <backstory-mark> elements and unwraps them again exactly:
// text nodes are split, never rewritten, so the page's text stays the same and unwrapping restores it.
import type { EntityKind } from '../types';
import type { TextMap, TextSegment } from '../article/text-map';
import { CHECKPOINT_EVERY, runAll, type Steps } from '../page/slices';

export const MARK_TAG = 'backstory-mark';

/** Text nodes wrapped between chances to pause: each costs several DOM changes, so far fewer than reads. */
const WRAP_CHECKPOINT_EVERY = 20;

export interface MarkRequest {
  start: number;
  end: number;
  entityId: string;
  kind: EntityKind;
}

/** One wrapped piece: the mark, and the two text nodes its split left either side, for exact unwrapping. */
interface Wrapped {
  mark: Element;
  /** The original text node, which kept the characters before the mark. */
  head: Text;
  /** The node the split made for the characters after the mark. */
  tail: Text;
}

function rawOffset(segment: TextSegment, textOffset: number): number {
  const local = textOffset - segment.start;
  return segment.raw ? (segment.raw[local] as number) : local;
}

/** Index of the first segment that ends after `offset` (segments are in text order). */
function firstSegmentAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as TextSegment).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Piece {
  node: Text;
  /** The node's data when the text was read. */
  data: string;
  from: number;
  to: number;
}

/** The segment pieces a mention covers: node and raw start/end inside it. */
function piecesOf(map: TextMap, request: MarkRequest): Piece[] {
  const pieces: Piece[] = [];
  for (let i = firstSegmentAfter(map.segments, request.start); i < map.segments.length; i++) {
    const segment = map.segments[i] as TextSegment;
    if (segment.start >= request.end) break;
    if (!segment.markable) return [];
    const a = Math.max(request.start, segment.start);
    const b = Math.min(request.end, segment.end);
    pieces.push({
      node: segment.node,
      data: segment.data,
      from: rawOffset(segment, a),
      to: rawOffset(segment, b - 1) + 1,
    });
  }
  return pieces;
}

/** `Text.splitText` done with the core DOM only, so every DOM implementation behaves the same. */
function splitAt(doc: Document, node: Text, offset: number): Text {
  const rest = doc.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode?.insertBefore(rest, node.nextSibling);
  return rest;
}

function isMark(node: Node | null): node is Element {
  return node !== null && node.nodeType === 1 && (node as Element).localName === MARK_TAG;
}

export class MarkSet {
  private wrapped: Wrapped[] = [];

  get size(): number {
    return this.wrapped.length;
  }

  /** Wraps every request; pieces already inside a mark are left as they are (running twice changes nothing). */
  wrap(doc: Document, map: TextMap, requests: MarkRequest[]): void {
    runAll(this.wrapSteps(doc, map, requests));
  }

  /** `wrap`, pausing between text nodes: a long article's marks appear without a long task. */
  *wrapSteps(doc: Document, map: TextMap, requests: MarkRequest[]): Steps<void> {
    const byNode = new Map<Text, Array<{ from: number; to: number; request: MarkRequest; first: boolean }>>();
    const readAs = new Map<Text, string>();
    let planned = 0;
    for (const request of requests) {
      if (++planned % CHECKPOINT_EVERY === 0) yield;
      const pieces = piecesOf(map, request);
      pieces.forEach((piece, i) => {
        if (isMark(piece.node.parentNode) || piece.to <= piece.from) return;
        const list = byNode.get(piece.node) ?? [];
        list.push({ from: piece.from, to: piece.to, request, first: i === 0 });
        byNode.set(piece.node, list);
        readAs.set(piece.node, piece.data);
      });
    }
    let done = 0;
    for (const [node, pieces] of byNode) {
      if (++done % WRAP_CHECKPOINT_EVERY === 0) yield;
      // The page changed this text since it was read: its offsets no longer hold.
      if (node.data !== readAs.get(node)) continue;
      // Right to left, so earlier offsets in the same node stay valid after each split.
      pieces.sort((a, b) => b.from - a.from);
      let limit = Infinity;
      for (const piece of pieces) {
        if (piece.to > limit || !node.parentNode) continue;
        const middle = splitAt(doc, node, piece.from);
        const tail = splitAt(doc, middle, piece.to - piece.from);
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute('data-backstory-kind', piece.request.kind);
        mark.setAttribute('data-backstory-entity', piece.request.entityId);
        if (piece.first) mark.setAttribute('tabindex', '0');
        middle.parentNode?.insertBefore(mark, middle);
        mark.appendChild(middle);
        this.wrapped.push({ mark, head: node, tail });
        limit = piece.from;
      }
    }
  }

  /** Marks currently in the page, in document order of wrapping. */
  marks(): Element[] {
    return this.wrapped.map((w) => w.mark).filter((m) => m.isConnected);
  }

  /** Removes every mark, joining each one's text back into the text node it was cut from. */
  unwrapAll(): void {
    for (const piece of this.wrapped.reverse()) unwrap(piece);
    this.wrapped = [];
  }
}

/**
 * Joins "head + mark's text + tail" back into the head, the page's own node. Only the split's own
 * neighbours are joined: a text node the page placed next to them stays its own node. Where the page
 * has moved things apart since, the mark just becomes plain text in place.
 */
function unwrap({ mark, head, tail }: Wrapped): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const inner = mark.textContent ?? '';
  if (mark.previousSibling === head) {
    let joined = inner;
    if (mark.nextSibling === tail) {
      joined += tail.data;
      parent.removeChild(tail);
    }
    head.data += joined;
    parent.removeChild(mark);
    return;
  }
  parent.replaceChild(mark.ownerDocument.createTextNode(inner), mark);
}
