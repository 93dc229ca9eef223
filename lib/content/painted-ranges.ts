/**
 * Keeps the registered highlight ranges to a window around the viewport once
 * a page has more than the paint limit (why: paint-window.ts). Below the limit
 * every range is registered as it comes, exactly as before; past it, the
 * browser tells which elements holding mentions are within a viewport of the
 * view (`watchNear`, an `IntersectionObserver`), and the ranges are chosen
 * again when that changes (scrolling, resizing, content moving), when the
 * mentions change, or when the page scrolls half a viewport; at most every
 * `THROTTLE_MS`, after the frame has laid out.
 */
import type { EntityKind } from '../shared/corpus/types';
import {
  PAINT_LIMIT,
  rangeExtent,
  rangesToPaint,
  watchNear,
  type Extent,
  type NearChange,
  type NearWatcher,
  type PaintGeometry,
  type WatchNear,
} from './paint-window';

/** Where ranges are really registered (one `Highlight` per kind). */
export interface PaintTarget {
  add(kind: EntityKind, range: AbstractRange): void;
  delete(kind: EntityKind, range: AbstractRange): void;
}

export interface PaintOptions {
  limit?: number;
  /** Tells which elements are near the view (tests pass their own). */
  watch?: WatchNear;
  /** Where one range is drawn, for a block taller than a few viewports (tests pass their own). */
  rangeOf?: (range: AbstractRange) => Extent | null;
  /** Told of each choice's main-thread time (`performance.now()` times), for the bench. */
  onTask?: (start: number, end: number) => void;
}

export interface PaintedRanges {
  add(kind: EntityKind, range: AbstractRange): void;
  remove(kind: EntityKind, range: AbstractRange): void;
  /** Stop choosing (the target itself is taken away by its owner). */
  destroy(): void;
}

/** Scrolling chooses again at most this often. */
const THROTTLE_MS = 120;
/** Where frames do not come (a hidden tab), the choice runs after this long. */
const NO_FRAME_MS = 250;

export function paintedRanges(
  target: PaintTarget,
  view: Window,
  { limit = PAINT_LIMIT, watch = watchNear, rangeOf = rangeExtent, onTask }: PaintOptions = {},
): PaintedRanges {
  const all = new Map<AbstractRange, EntityKind>();
  const painted = new Set<AbstractRange>();
  let pending = false;
  let lastChoice = -Infinity;
  let scrollYAtChoice = 0;
  const measured = (fn: () => void): void => {
    const start = view.performance.now();
    fn();
    onTask?.(start, view.performance.now());
  };

  const paint = (range: AbstractRange, kind: EntityKind): void => {
    painted.add(range);
    target.add(kind, range);
  };

  /** Past the limit: what the browser has told of the elements that hold ranges. */
  interface Watching {
    stop: AbortController;
    watcher: NearWatcher;
    /** The element holding each range's start node, and how many ranges start in that node. */
    holders: Map<Node, { el: Element | null; ranges: number }>;
    /** The start node each range was held under (a live range's start node can change later). */
    heldAt: Map<AbstractRange, Node>;
    /** Ranges held by each watched element. */
    watched: Map<Element, number>;
    /** Elements near the view, with their box and the page's scroll when the browser last told. */
    near: Map<Element, { extent: Extent; scrollY: number }>;
    /** Whether the browser has told anything yet (until then, the ranges registered stay). */
    heard: boolean;
  }
  let windowed: Watching | null = null;

  function hold(w: Watching, range: AbstractRange): void {
    const node = range.startContainer;
    w.heldAt.set(range, node);
    const holder = w.holders.get(node);
    if (holder) return void holder.ranges++;
    const el = elementOf(node);
    w.holders.set(node, { el, ranges: 1 });
    if (!el) return;
    const count = w.watched.get(el) ?? 0;
    w.watched.set(el, count + 1);
    if (count === 0) w.watcher.observe(el);
  }

  function release(w: Watching, range: AbstractRange): void {
    const node = w.heldAt.get(range);
    if (!node) return;
    w.heldAt.delete(range);
    const holder = w.holders.get(node);
    if (!holder || --holder.ranges > 0) return;
    w.holders.delete(node);
    const el = holder.el;
    if (!el) return;
    const count = (w.watched.get(el) ?? 1) - 1;
    if (count > 0) return void w.watched.set(el, count);
    w.watched.delete(el);
    w.near.delete(el);
    w.watcher.unobserve(el);
  }

  /** Where the block holding `node` is now: its box when last told, moved by the page's scroll since. */
  function geometryOf(w: Watching): PaintGeometry {
    const scrollY = view.scrollY;
    return {
      viewportHeight: () => view.innerHeight,
      blockOf(node) {
        // A start node that came later (the page split or joined text) is looked up in the page.
        const el = w.holders.has(node) ? w.holders.get(node)?.el : elementOf(node);
        const seen = el ? w.near.get(el) : undefined;
        if (!seen) return null;
        const shift = scrollY - seen.scrollY;
        return { top: seen.extent.top - shift, bottom: seen.extent.bottom - shift };
      },
      rangeOf,
    };
  }

  function choose(): void {
    pending = false;
    const w = windowed;
    if (!w || !w.heard) return;
    measured(() => {
      lastChoice = view.performance.now();
      scrollYAtChoice = view.scrollY;
      if (all.size <= limit / 2) {
        leaveWindow(w);
        for (const [range, kind] of all) if (!painted.has(range)) paint(range, kind);
        return;
      }
      const want = rangesToPaint(all.keys(), geometryOf(w), limit);
      for (const range of painted)
        if (!want.has(range)) {
          painted.delete(range);
          target.delete(all.get(range) as EntityKind, range);
        }
      for (const range of want) if (!painted.has(range)) paint(range, all.get(range) as EntityKind);
    });
  }

  function schedule(): void {
    if (pending || !windowed) return;
    pending = true;
    const wait = Math.max(0, lastChoice + THROTTLE_MS - view.performance.now());
    view.setTimeout(() => afterNextFrame(view, choose), wait);
  }

  function onNear(changes: NearChange[]): void {
    const w = windowed;
    if (!w) return;
    measured(() => {
      const scrollY = view.scrollY;
      for (const { target: el, near, extent } of changes) {
        if (near && extent && w.watched.has(el)) w.near.set(el, { extent, scrollY });
        else w.near.delete(el);
      }
      w.heard = true;
    });
    schedule();
  }

  /**
   * The browser tells when a block comes near or leaves, not where the ranges of a block taller than a
   * few viewports are: the page scrolling half a viewport since the last choice chooses again (an inner
   * scroller's scroll always does). Less than that changes nothing: the window reaches a viewport beyond.
   */
  function onScroll(event: Event): void {
    const byPage = event.target === view.document || event.target === view;
    if (byPage && Math.abs(view.scrollY - scrollYAtChoice) < view.innerHeight / 2) return;
    schedule();
  }

  function enterWindow(): void {
    const stop = new AbortController();
    const w: Watching = {
      stop,
      watcher: watch(onNear),
      holders: new Map(),
      heldAt: new Map(),
      watched: new Map(),
      near: new Map(),
      heard: false,
    };
    windowed = w;
    for (const range of all.keys()) hold(w, range);
    const options = { capture: true, passive: true, signal: stop.signal };
    view.addEventListener('scroll', onScroll, options);
    view.addEventListener('resize', schedule, options);
  }

  function leaveWindow(w: Watching): void {
    w.stop.abort();
    w.watcher.disconnect();
    windowed = null;
  }

  return {
    add(kind, range) {
      all.set(range, kind);
      if (windowed) {
        hold(windowed, range);
        return schedule();
      }
      // The range past the limit waits for the first choice: never more than `limit` registered.
      if (all.size > limit) return enterWindow();
      paint(range, kind);
    },
    remove(kind, range) {
      all.delete(range);
      if (painted.delete(range)) target.delete(kind, range);
      if (windowed) release(windowed, range);
      schedule();
    },
    destroy() {
      if (windowed) leaveWindow(windowed);
      all.clear();
      painted.clear();
    },
  };
}

/** The element that holds `node` (itself for an element). */
function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Run `fn` once, just after the next frame has painted (or after a while where no frame comes). */
function afterNextFrame(view: Window, fn: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    fn();
  };
  view.requestAnimationFrame(() => view.setTimeout(once, 0));
  view.setTimeout(once, NO_FRAME_MS);
}
