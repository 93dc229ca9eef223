// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHoverController,
  type HoverControllerOptions,
} from '../../../../lib/content/hover-controller';

/** Mention "A" lies at x < 100, "B" at 200 ≤ x < 300; the card is wherever `overCard` says. */
const hitTest = (x: number) => (x < 100 ? 'A' : x >= 200 && x < 300 ? 'B' : null);

let controller: AbortController;
let overCard = false;

function start(over: Partial<HoverControllerOptions<string>> = {}) {
  const calls = { open: [] as string[], close: 0, under: [] as (string | null)[] };
  const options: HoverControllerOptions<string> = {
    hitTest,
    isInsideCard: () => overCard,
    onPointerMention: (m) => calls.under.push(m),
    onOpen: (m) => calls.open.push(m),
    onClose: () => calls.close++,
    signal: controller.signal,
    hoverDelayMs: 400,
    graceDelayMs: 300,
    ...over,
  };
  createHoverController(options);
  return calls;
}

function pointAt(x: number): void {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 10 }));
  vi.advanceTimersToNextFrame();
}

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  overCard = false;
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('createHoverController', () => {
  it('emphasises the mention at once and opens its card after the hover delay', () => {
    const calls = start();
    pointAt(50);
    expect(calls.under).toEqual(['A']);
    vi.advanceTimersByTime(399);
    expect(calls.open).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls.open).toEqual(['A']);
  });

  it('does not open a card for a mention the pointer only crossed', () => {
    const calls = start();
    pointAt(50);
    vi.advanceTimersByTime(200);
    pointAt(150);
    vi.advanceTimersByTime(1000);
    expect(calls.open).toEqual([]);
    expect(calls.under).toEqual(['A', null]);
  });

  it('keeps the card open during the grace delay and while the pointer is on the card', () => {
    const calls = start();
    pointAt(50);
    vi.advanceTimersByTime(400);
    pointAt(150);
    vi.advanceTimersByTime(200);
    overCard = true;
    pointAt(150);
    vi.advanceTimersByTime(2000);
    expect(calls.close).toBe(0);
  });

  it('closes after the grace delay once the pointer has left the mention', () => {
    const calls = start();
    pointAt(50);
    vi.advanceTimersByTime(400);
    pointAt(150);
    vi.advanceTimersByTime(299);
    expect(calls.close).toBe(0);
    vi.advanceTimersByTime(1);
    expect(calls.close).toBe(1);
  });

  it('closes on Escape and on scroll', () => {
    const calls = start();
    pointAt(50);
    vi.advanceTimersByTime(400);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(calls.close).toBe(1);
    pointAt(250);
    vi.advanceTimersByTime(400);
    expect(calls.open).toEqual(['A', 'B']);
    window.dispatchEvent(new Event('scroll'));
    expect(calls.close).toBe(2);
  });

  it('stops listening once its signal is aborted', () => {
    const calls = start();
    pointAt(50);
    controller.abort();
    vi.advanceTimersByTime(1000);
    pointAt(250);
    vi.advanceTimersByTime(1000);
    expect(calls.open).toEqual([]);
  });
});
