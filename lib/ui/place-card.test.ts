import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, placeCard } from './place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 200 };
const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCard', () => {
  it('puts the card below the name when it fits', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport)).toEqual({ left: 100, top: 120 + CARD_GAP_PX, side: 'below' });
  });

  it('puts it above a name near the bottom', () => {
    const placed = placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport);
    expect(placed.side).toBe('above');
    expect(placed.top + card.height).toBeLessThanOrEqual(700);
  });

  it('keeps it inside the viewport horizontally', () => {
    expect(placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport).left).toBe(1000 - 320 - CARD_GAP_PX);
  });

  it('in a right-to-left UI lines the card’s right edge up with the name’s, inside the viewport', () => {
    expect(placeCard({ left: 500, top: 100, width: 80, height: 20 }, card, viewport, 'rtl').left).toBe(580 - 320);
    expect(placeCard({ left: 20, top: 100, width: 40, height: 20 }, card, viewport, 'rtl').left).toBe(CARD_GAP_PX);
  });

  it.each([0, 100, 300, 500, 700, 780])('never covers the name (name at y=%i)', (top) => {
    const anchor = { left: 500, top, width: 120, height: 20 };
    const placed = placeCard(anchor, card, viewport);
    expect(overlaps({ ...placed, ...card }, anchor)).toBe(false);
  });
});
