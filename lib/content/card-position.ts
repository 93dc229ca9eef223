/**
 * Where the card goes: under the mention if it fits, else above it, and
 * always inside the viewport (pure geometry, so it is tested without a browser).
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Gap between the mention and the card, and between the card and the viewport edge. */
export const CARD_GAP = 6;
export const VIEWPORT_MARGIN = 8;

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}

/** Where the card goes, and how tall it may be there. */
export interface Placement {
  left: number;
  top: number;
  /** The room on the chosen side: the card scrolls inside it rather than cover the mention. */
  maxHeight: number;
}

/**
 * Place a card of `card` size next to `anchor` (viewport pixels): left-aligned
 * with it, below it when it fits, else above when it fits there, else on the
 * side with more room, shortened to that room. It never covers the mention
 * and never leaves the viewport.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const below = anchor.top + anchor.height + CARD_GAP;
  const roomBelow = Math.max(0, viewport.height - VIEWPORT_MARGIN - below);
  const roomAbove = Math.max(0, anchor.top - CARD_GAP - VIEWPORT_MARGIN);
  const left = clamp(anchor.left, VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - card.width);
  const goBelow = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  if (goBelow) return { left, top: below, maxHeight: roomBelow };
  const height = Math.min(card.height, roomAbove);
  return { left, top: anchor.top - CARD_GAP - height, maxHeight: roomAbove };
}

/** The box of the range's line under the point, or of its first line (a name can wrap). */
export function anchorBox(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): Box | null {
  let first: Box | null = null;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as DOMRectReadOnly;
    const box = { left: r.left, top: r.top, width: r.width, height: r.height };
    first ??= box;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return box;
  }
  return first;
}
