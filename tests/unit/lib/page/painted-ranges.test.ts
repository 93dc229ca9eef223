import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaintGeometry } from '../../../../lib/page/paint-window';
import { paintedRanges } from '../../../../lib/page/painted-ranges';

/** A window 100 px high with timers, frames every 16 ms and scroll events, on fake timers. */
function fakeView(state: { scrollTop: number }) {
  const document = new EventTarget();
  const view = {
    document,
    innerHeight: 100,
    get scrollY() {
      return state.scrollTop;
    },
    performance: { now: () => Date.now() },
    setTimeout: (f: () => void, ms?: number) => setTimeout(f, ms),
    requestAnimationFrame: (f: () => void) => setTimeout(f, 16),
    addEventListener: document.addEventListener.bind(document),
    /** The page scrolls to `y` (the event comes from the document, as the page's own scroll's does). */
    scrollTo(y: number) {
      state.scrollTop = y;
      document.dispatchEvent(new Event('scroll'));
    },
  };
  return view;
}

const range = (n: number) =>
  ({ n, startContainer: { n }, startOffset: 0 }) as unknown as AbstractRange;
const numberOf = (r: AbstractRange) => (r as unknown as { n: number }).n;

/** Ranges 0…n-1 stacked 10 px apart; the view shows `scrollTop`…`scrollTop + 100`. */
function stackGeometry(state: { scrollTop: number }) {
  return (): PaintGeometry => ({
    viewportHeight: () => 100,
    blockOf: (node) => {
      const top = (node as unknown as { n: number }).n * 10 - state.scrollTop;
      return { top, bottom: top + 10 };
    },
    rangeOf: () => null,
  });
}

function setUp(limit: number) {
  const state = { scrollTop: 0 };
  const view = fakeView(state);
  const registered = new Set<number>();
  const painted = paintedRanges(
    {
      add: (_, r) => void registered.add(numberOf(r)),
      delete: (_, r) => void registered.delete(numberOf(r)),
    },
    view as unknown as Window,
    { limit, geometry: stackGeometry(state) },
  );
  return { view, registered, state, painted };
}

describe('paintedRanges', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('registers every range at once while there are no more than the limit', () => {
    const { registered, painted } = setUp(10);
    for (let i = 0; i < 10; i++) painted.add('leader', range(i));
    expect(registered.size).toBe(10);
  });

  it('past the limit keeps only the ranges near the viewport, and follows the scroll', () => {
    const { view, registered, painted } = setUp(40);
    const ranges = Array.from({ length: 100 }, (_, i) => range(i));
    for (const r of ranges) painted.add('leader', r);
    vi.advanceTimersByTime(300);
    // A viewport above (none: the page is at its top), the one in view and one below: ranges 0…20.
    expect([...registered].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i));

    view.scrollTo(500);
    vi.advanceTimersByTime(300);
    expect(Math.min(...registered)).toBe(39);
    expect(Math.max(...registered)).toBe(70);
    expect(registered.has(5)).toBe(false);
  });

  it('does not choose again while the page has scrolled less than half a viewport', () => {
    const { view, registered, painted } = setUp(40);
    for (let i = 0; i < 100; i++) painted.add('leader', range(i));
    vi.advanceTimersByTime(300);
    view.scrollTo(40);
    vi.advanceTimersByTime(300);
    expect(Math.max(...registered)).toBe(20);
    view.scrollTo(60);
    vi.advanceTimersByTime(300);
    expect(Math.max(...registered)).toBe(26);
  });

  it('registers all that is left again once most ranges are gone, and stops following the scroll', () => {
    const { view, registered, painted } = setUp(40);
    const ranges = Array.from({ length: 100 }, (_, i) => range(i));
    for (const r of ranges) painted.add('leader', r);
    vi.advanceTimersByTime(300);
    for (const r of ranges.slice(15)) painted.remove('leader', r);
    vi.advanceTimersByTime(300);
    expect(registered.size).toBe(15);
    view.scrollTo(5000);
    vi.advanceTimersByTime(300);
    expect(registered.size).toBe(15);
  });

  it('chooses nothing more once destroyed', () => {
    const { registered, painted } = setUp(5);
    for (let i = 0; i < 50; i++) painted.add('leader', range(i));
    const before = registered.size;
    painted.destroy();
    vi.advanceTimersByTime(1000);
    expect(registered.size).toBe(before);
  });
});
