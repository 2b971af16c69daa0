// The card's place beside its mark: below when it fits, above when there is more room there, inside the
// viewport's margins, and scrolling within the room it gets when neither side has enough.
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../components/place-card';

const viewport = { width: 1000, height: 800 };
const mark = (left: number, top: number, width = 80, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeCard', () => {
  it('puts the card 8 px below the mark, start-aligned, when it fits', () => {
    expect(placeCard(mark(100, 100), { width: 300, height: 200 }, viewport)).toEqual({
      x: 100,
      y: 128,
      maxHeight: 664,
    });
  });

  it('puts it above a mark near the bottom, where there is more room', () => {
    const { y, maxHeight } = placeCard(mark(100, 700), { width: 300, height: 400 }, viewport);
    expect(y).toBe(700 - 8 - 400);
    expect(maxHeight).toBe(684);
  });

  it('keeps it inside the right edge, end-aligned with the mark', () => {
    expect(placeCard(mark(900, 100), { width: 300, height: 200 }, viewport).x).toBe(980 - 300);
    expect(placeCard(mark(800, 100, 20), { width: 300, height: 200 }, viewport).x).toBe(820 - 300);
  });

  it('lets a card taller than either side scroll within the larger one', () => {
    const { y, maxHeight } = placeCard(mark(100, 380), { width: 300, height: 2000 }, viewport);
    expect(maxHeight).toBe(800 - 400 - 8 - 8);
    expect(y).toBe(408);
  });

  it('never goes past the left margin, even when wider than the viewport', () => {
    expect(placeCard(mark(2, 100), { width: 1200, height: 100 }, viewport).x).toBe(8);
  });
});
