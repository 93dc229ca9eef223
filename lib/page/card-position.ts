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

/**
 * Top-left corner (viewport pixels) for a card of `card` size next to
 * `anchor`: left-aligned with it, below it when there is room, otherwise
 * above when there is more room there, then pulled inside the viewport.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): { left: number; top: number } {
  const below = anchor.top + anchor.height + CARD_GAP;
  const above = anchor.top - CARD_GAP - card.height;
  const roomBelow = viewport.height - VIEWPORT_MARGIN - below;
  const roomAbove = anchor.top - CARD_GAP - VIEWPORT_MARGIN;
  const fitsBelow = roomBelow >= card.height;
  const top = fitsBelow || roomBelow >= roomAbove ? below : above;
  return {
    left: clamp(anchor.left, VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - card.width),
    top: clamp(top, VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - card.height),
  };
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
