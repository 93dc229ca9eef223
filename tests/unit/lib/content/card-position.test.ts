import { describe, expect, it } from 'vitest';
import {
  anchorBox,
  CARD_GAP,
  placeCard,
  VIEWPORT_MARGIN,
} from '../../../../lib/content/card-position';

const VIEWPORT = { width: 1000, height: 800 };
const CARD = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card under the mention, left-aligned with it, when there is room', () => {
    const at = placeCard({ left: 100, top: 100, width: 80, height: 20 }, CARD, VIEWPORT);
    expect(at).toMatchObject({ left: 100, top: 120 + CARD_GAP });
    expect(at.maxHeight).toBeGreaterThanOrEqual(CARD.height);
  });

  it('puts the card above a mention near the bottom of the viewport', () => {
    const at = placeCard({ left: 100, top: 700, width: 80, height: 20 }, CARD, VIEWPORT);
    expect(at.top).toBe(700 - CARD_GAP - CARD.height);
  });

  it('keeps the card inside the viewport near the right edge', () => {
    const at = placeCard({ left: 950, top: 100, width: 40, height: 20 }, CARD, VIEWPORT);
    expect(at.left + CARD.width).toBeLessThanOrEqual(VIEWPORT.width - VIEWPORT_MARGIN);
  });

  it('never covers the mention: a card too tall for either side goes where there is more room, shortened', () => {
    const tall = { width: 360, height: 780 };
    const anchor = { left: 10, top: 300, width: 40, height: 20 };
    const at = placeCard(anchor, tall, VIEWPORT);
    expect(at.top).toBe(anchor.top + anchor.height + CARD_GAP);
    expect(at.top + at.maxHeight).toBe(VIEWPORT.height - VIEWPORT_MARGIN);
    const high = placeCard({ ...anchor, top: 600 }, tall, VIEWPORT);
    expect(high.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
    expect(high.top + Math.min(tall.height, high.maxHeight)).toBeLessThanOrEqual(600 - CARD_GAP);
  });
});

describe('anchorBox', () => {
  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRectReadOnly;

  it('takes the line of a wrapped name that the pointer is on', () => {
    const rects = [rect(500, 100, 90, 20), rect(0, 124, 60, 20)];
    expect(anchorBox(rects, 30, 130)).toEqual({ left: 0, top: 124, width: 60, height: 20 });
  });

  it('falls back to the first line, and to nothing without boxes', () => {
    const rects = [rect(500, 100, 90, 20), rect(0, 124, 60, 20)];
    expect(anchorBox(rects, 999, 999)?.left).toBe(500);
    expect(anchorBox([], 0, 0)).toBeNull();
  });
});
