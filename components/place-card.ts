// Where the open card goes: below the mark, or above it when there is more room there, kept inside the
// viewport; where neither side has room for the whole card it gets the room there is and scrolls.
// A dozen lines in place of a positioning library the card bundle would carry into every page.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between mark and card, and the margin kept from the viewport's edges (px). */
const GAP = 8;
const MARGIN = 8;
/** A card shorter than this would show too little: it overflows the viewport instead. */
const MIN_HEIGHT = 160;

/**
 * The card's viewport position and the height it may take, for a mark at `anchor` (viewport
 * coordinates), a card of `width` × `height` (its whole content) and a viewport of `vw` × `vh`.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { x: number; y: number; maxHeight: number } {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const onTop = card.height > below && above > below;
  const maxHeight = Math.max(MIN_HEIGHT, Math.floor(onTop ? above : below));
  const height = Math.min(card.height, maxHeight);
  const y = onTop ? anchor.top - GAP - height : anchor.bottom + GAP;
  // Start-aligned with the mark; end-aligned when that runs off the right; never past either edge.
  const right = viewport.width - MARGIN;
  let x = anchor.left + card.width > right ? anchor.right - card.width : anchor.left;
  x = Math.min(x, right - card.width);
  return { x: Math.max(MARGIN, x), y, maxHeight };
}
