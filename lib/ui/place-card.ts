/** A rectangle in viewport coordinates (DOMRect without the methods). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept between the name and the card, and between the card and the viewport's edges. */
export const CARD_GAP_PX = 8;

/**
 * Where to put a card of `card` size for a name at `anchor`, in a viewport of `viewport` size: below the name
 * when it fits, else above, never over the name itself, and always inside the viewport horizontally. The card
 * starts where the name starts: its left edge under the name's left edge, or in a right-to-left UI (`dir`) its
 * right edge under the name's right edge. Pure, so the rule is tested without layout.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl' = 'ltr',
): { left: number; top: number; side: 'below' | 'above' } {
  const below = anchor.top + anchor.height + CARD_GAP_PX;
  const above = anchor.top - CARD_GAP_PX - card.height;
  const fitsBelow = below + card.height <= viewport.height - CARD_GAP_PX;
  const side = fitsBelow || above < CARD_GAP_PX ? 'below' : 'above';
  const maxLeft = Math.max(CARD_GAP_PX, viewport.width - card.width - CARD_GAP_PX);
  const start = dir === 'rtl' ? anchor.left + anchor.width - card.width : anchor.left;
  const left = Math.min(Math.max(start, CARD_GAP_PX), maxLeft);
  return { left, top: side === 'below' ? below : above, side };
}
