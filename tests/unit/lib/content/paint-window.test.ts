import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityKind } from '../../../../lib/shared/corpus/types';
import type {
  Extent,
  NearChange,
  PaintGeometry,
  WatchNear,
} from '../../../../lib/content/near-blocks';
import { paintWindow, rangesToPaint } from '../../../../lib/content/paint-window';

const VIEWPORT = 100;

/** A text node stand-in and ranges in it; the geometry places each node (and each range) where the test says. */
function page(blocks: Array<{ top: number; bottom: number; ranges: number }>) {
  const nodes = blocks.map((_, i) => ({ id: i }) as unknown as Node);
  const ranges = blocks.flatMap((b, i) =>
    Array.from(
      { length: b.ranges },
      (_, k) => ({ startContainer: nodes[i], startOffset: k * 10 }) as unknown as AbstractRange,
    ),
  );
  const boxes = new Map<Node, Extent>(nodes.map((n, i) => [n, blocks[i] as Extent]));
  let rangeQueries = 0;
  const geometry: PaintGeometry = {
    viewportHeight: () => VIEWPORT,
    blockOf: (node) => boxes.get(node) ?? null,
    rangeOf(range) {
      rangeQueries++;
      // Text flows down its block evenly: range k of n sits k/n of the way down.
      const block = boxes.get(range.startContainer) as Extent;
      const n = ranges.filter((r) => r.startContainer === range.startContainer).length;
      const top = block.top + ((block.bottom - block.top) * (range.startOffset / 10)) / n;
      return { top, bottom: top + 1 };
    },
  };
  return { ranges, geometry, queries: () => rangeQueries, nodes };
}

describe('rangesToPaint', () => {
  it('keeps the ranges of blocks within a viewport above and below the one in view', () => {
    const p = page([
      { top: -500, bottom: -400, ranges: 3 }, // far above
      { top: -80, bottom: -20, ranges: 2 }, // just above
      { top: 10, bottom: 50, ranges: 4 }, // in view
      { top: 150, bottom: 190, ranges: 2 }, // just below
      { top: 900, bottom: 950, ranges: 5 }, // far below
    ]);
    const painted = rangesToPaint(p.ranges, p.geometry, 100);
    expect(painted.size).toBe(8);
    for (const r of painted)
      expect([p.nodes[1], p.nodes[2], p.nodes[3]]).toContain(r.startContainer);
  });

  it('keeps the nearest blocks first when more than the limit are near', () => {
    const p = page([
      { top: 180, bottom: 190, ranges: 3 },
      { top: 10, bottom: 50, ranges: 3 },
      { top: -60, bottom: -50, ranges: 3 },
    ]);
    const painted = [...rangesToPaint(p.ranges, p.geometry, 3)];
    expect(painted.map((r) => r.startContainer)).toEqual([p.nodes[1], p.nodes[1], p.nodes[1]]);
  });

  it('finds the stretch of a very tall text node that is in view with a few range lookups', () => {
    // One text node 100 viewports tall with 1,000 ranges spread evenly: 10 per viewport.
    const p = page([{ top: -5000, bottom: 5000, ranges: 1000 }]);
    const painted = [...rangesToPaint(p.ranges, p.geometry, 600)];
    expect(p.queries()).toBeLessThanOrEqual(2 * 11); // two binary searches over 1,000
    const tops = painted.map((r) => p.geometry.rangeOf(r)?.top as number);
    expect(Math.min(...tops)).toBeGreaterThanOrEqual(-VIEWPORT);
    expect(Math.max(...tops)).toBeLessThanOrEqual(2 * VIEWPORT);
    expect(painted.length).toBe(31); // tops -100, -90, …, 200
  });

  it('leaves out text that is not rendered', () => {
    const p = page([{ top: 10, bottom: 20, ranges: 2 }]);
    const hidden = { ...p.geometry, blockOf: () => null };
    expect(rangesToPaint(p.ranges, hidden).size).toBe(0);
  });
});

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

/** Element stand-ins, one per number: block `n` sits at `n * 10` px on the page, 10 px high. */
const elements: Element[] = [];
const elementOf = (n: number): Element => (elements[n] ??= { n } as unknown as Element);
const numberOfElement = (el: Element) => (el as unknown as { n: number }).n;

/** Range `n` starts in a text node of its own, in block `n`. */
const range = (n: number) =>
  ({
    n,
    startContainer: { nodeType: 3, parentElement: elementOf(n) },
    startOffset: 0,
  }) as unknown as AbstractRange;
const numberOf = (r: AbstractRange) => (r as unknown as { n: number }).n;

/**
 * The browser's side, as an IntersectionObserver with a viewport's margin tells it: one frame (16 ms)
 * after an element is watched, the page scrolls or its content moves, every watched element whose
 * nearness changed (every newly watched one too) is told, with its box.
 */
function fakeWatch(state: { scrollTop: number; shift: number }, height: (n: number) => number) {
  const watched = new Map<Element, boolean | undefined>();
  let queued = false;
  let onChange: (changes: NearChange[]) => void = () => undefined;
  const extent = (el: Element) => {
    const top = numberOfElement(el) * 10 + state.shift - state.scrollTop;
    return { top, bottom: top + height(numberOfElement(el)) };
  };
  const frame = () => {
    queued = false;
    const changes: NearChange[] = [];
    for (const [el, was] of watched) {
      const box = extent(el);
      const near = box.bottom >= -100 && box.top <= 200;
      if (near !== was) changes.push({ target: el, near, extent: box });
      watched.set(el, near);
    }
    if (changes.length > 0) onChange(changes);
  };
  const queue = () => {
    if (!queued) setTimeout(frame, 16);
    queued = true;
  };
  const watch: WatchNear = (tell) => {
    onChange = tell;
    return {
      observe(el) {
        watched.set(el, undefined);
        queue();
      },
      unobserve: (el) => void watched.delete(el),
      disconnect: () => watched.clear(),
    };
  };
  return { watch, queue, watching: () => watched.size };
}

function setUp(limit: number, height: (n: number) => number = () => 10) {
  const state = { scrollTop: 0, shift: 0 };
  const view = fakeView(state);
  const browser = fakeWatch(state, height);
  const registered = new Set<AbstractRange>();
  const mentions = new Map<AbstractRange, { kind: EntityKind }>();
  const paint = paintWindow(
    {
      add: (_, r) => void registered.add(r),
      remove: (_, r) => void registered.delete(r),
    },
    mentions,
    view as unknown as Window,
    {
      limit,
      watch: browser.watch,
      // Within a tall block, the range at offset k sits k * 10 px below the block's top.
      rangeOf(r) {
        const top = numberOf(r) * 10 + r.startOffset * 10 + state.shift - state.scrollTop;
        return { top, bottom: top + 10 };
      },
    },
  );
  // As the mentions' owner does (mention-store.ts): change the mentions, then tell the window.
  const painted = {
    add(kind: EntityKind, r: AbstractRange) {
      mentions.set(r, { kind });
      paint.add(kind, r);
    },
    remove(kind: EntityKind, r: AbstractRange) {
      mentions.delete(r);
      paint.remove(kind, r);
    },
    destroy: () => paint.destroy(),
  };
  const scrollTo = (y: number) => {
    view.scrollTo(y);
    browser.queue();
  };
  /** Content above moves the page's blocks by `px` without any scroll event. */
  const moveContent = (px: number) => {
    state.shift += px;
    browser.queue();
  };
  /** Each registered range's place in the stack. */
  const numbers = () => [...registered].map((r) => numberOf(r) + r.startOffset);
  return { scrollTo, moveContent, numbers, registered, painted, browser };
}

describe('paintWindow', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('registers every range at once while there are no more than the limit', () => {
    const { registered, painted, browser } = setUp(10);
    for (let i = 0; i < 10; i++) painted.add('leader', range(i));
    expect(registered.size).toBe(10);
    expect(browser.watching()).toBe(0);
  });

  it('past the limit keeps only the ranges near the viewport, and follows the scroll', () => {
    const { scrollTo, numbers, painted } = setUp(40);
    for (let i = 0; i < 100; i++) painted.add('leader', range(i));
    vi.advanceTimersByTime(300);
    // A viewport above (none: the page is at its top), the one in view and one below: ranges 0…20.
    expect(numbers().sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i));

    scrollTo(500);
    vi.advanceTimersByTime(300);
    expect(Math.min(...numbers())).toBe(39);
    expect(Math.max(...numbers())).toBe(70);
    expect(numbers()).not.toContain(5);
  });

  it('keeps the ranges registered so far, never more than the limit, until the browser has told where their blocks are', () => {
    const { registered, painted } = setUp(40);
    for (let i = 0; i < 100; i++) painted.add('leader', range(i));
    expect(registered.size).toBe(40);
    vi.advanceTimersByTime(300);
    expect(registered.size).toBe(21);
  });

  it('follows content that moves under a still page (no scroll event)', () => {
    const { moveContent, numbers, painted } = setUp(40);
    for (let i = 0; i < 100; i++) painted.add('leader', range(i));
    vi.advanceTimersByTime(300);
    moveContent(-500);
    vi.advanceTimersByTime(300);
    expect(Math.min(...numbers())).toBe(39);
    expect(Math.max(...numbers())).toBe(70);
  });

  it('in a block taller than a few viewports, follows the scroll once it is half a viewport', () => {
    // Block 0 is 1,000 px tall and holds 100 ranges of one text node, 10 px apart.
    const { scrollTo, numbers, painted } = setUp(40, (n) => (n === 0 ? 1000 : 10));
    const node = range(0).startContainer;
    for (let k = 0; k < 100; k++)
      painted.add('leader', {
        n: 0,
        startContainer: node,
        startOffset: k,
      } as unknown as AbstractRange);
    vi.advanceTimersByTime(300);
    expect(Math.max(...numbers())).toBe(20);
    scrollTo(40);
    vi.advanceTimersByTime(300);
    expect(Math.max(...numbers())).toBe(20);
    scrollTo(60);
    vi.advanceTimersByTime(300);
    expect(Math.max(...numbers())).toBe(26);
  });

  it('registers all that is left again once most ranges are gone, and stops watching', () => {
    const { scrollTo, registered, painted, browser } = setUp(40);
    const ranges = Array.from({ length: 100 }, (_, i) => range(i));
    for (const r of ranges) painted.add('leader', r);
    vi.advanceTimersByTime(300);
    for (const r of ranges.slice(15)) painted.remove('leader', r);
    vi.advanceTimersByTime(300);
    expect(registered.size).toBe(15);
    expect(browser.watching()).toBe(0);
    scrollTo(5000);
    vi.advanceTimersByTime(300);
    expect(registered.size).toBe(15);
  });

  it('stops watching a block once its last range is removed', () => {
    const { painted, browser } = setUp(40);
    const ranges = Array.from({ length: 100 }, (_, i) => range(i));
    for (const r of ranges) painted.add('leader', r);
    expect(browser.watching()).toBe(100);
    for (const r of ranges.slice(60)) painted.remove('leader', r);
    expect(browser.watching()).toBe(60);
  });

  it('stops watching a block when a range whose start node changed since is removed', () => {
    const { painted, browser } = setUp(40);
    const ranges = Array.from({ length: 100 }, (_, i) => range(i));
    for (const r of ranges) painted.add('leader', r);
    // A live range follows its text: the page split the node it started in.
    const moved = ranges[7] as unknown as { startContainer: object };
    moved.startContainer = { nodeType: 3, parentElement: elementOf(7) };
    painted.remove('leader', ranges[7] as AbstractRange);
    expect(browser.watching()).toBe(99);
  });

  it('chooses nothing more once destroyed', () => {
    const { registered, painted, browser } = setUp(5);
    for (let i = 0; i < 50; i++) painted.add('leader', range(i));
    const before = registered.size;
    painted.destroy();
    vi.advanceTimersByTime(1000);
    expect(registered.size).toBe(before);
    expect(browser.watching()).toBe(0);
  });
});
