// Turns offsets in the article text into a live DOM Range, to scroll to a sentence and flash it.
import type { TextMap } from '../article/text-map';

function locate(map: TextMap, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  for (const segment of map.segments) {
    const inside = atEnd
      ? offset > segment.start && offset <= segment.end
      : offset >= segment.start && offset < segment.end;
    if (!inside) continue;
    const local = atEnd ? offset - segment.start - 1 : offset - segment.start;
    const raw = segment.raw ? (segment.raw[local] as number) : local;
    return { node: segment.node, offset: atEnd ? raw + 1 : raw };
  }
  return null;
}

/** The Range covering text[start, end), or null when the text no longer maps onto the page. */
export function textRange(doc: Document, map: TextMap, start: number, end: number): Range | null {
  const from = locate(map, start, false);
  const to = locate(map, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
