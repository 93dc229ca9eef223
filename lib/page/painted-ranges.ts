/**
 * Keeps the registered highlight ranges to a window around the viewport once
 * a page has more than the paint limit (why: paint-window.ts). Below the limit
 * every range is registered as it comes, exactly as before; past it, the
 * ranges are chosen again after the mentions change or the reader scrolls, at
 * most every `THROTTLE_MS`, after the frame has laid out (so choosing never
 * forces a layout the frame was about to do anyway).
 */
import type { EntityKind } from '../corpus/types';
import { documentGeometry, PAINT_LIMIT, rangesToPaint, type PaintGeometry } from './paint-window';

/** Where ranges are really registered (one `Highlight` per kind). */
export interface PaintTarget {
  add(kind: EntityKind, range: AbstractRange): void;
  delete(kind: EntityKind, range: AbstractRange): void;
}

export interface PaintOptions {
  limit?: number;
  geometry?: (view: Window) => PaintGeometry;
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
  { limit = PAINT_LIMIT, geometry = documentGeometry, onTask }: PaintOptions = {},
): PaintedRanges {
  const all = new Map<AbstractRange, EntityKind>();
  const painted = new Set<AbstractRange>();
  let windowed: AbortController | null = null;
  let pending = false;
  let lastChoice = -Infinity;
  let scrollYAtChoice = 0;

  const paint = (range: AbstractRange, kind: EntityKind): void => {
    painted.add(range);
    target.add(kind, range);
  };

  function choose(): void {
    pending = false;
    if (!windowed) return;
    const start = view.performance.now();
    lastChoice = start;
    scrollYAtChoice = view.scrollY;
    if (all.size <= limit / 2) {
      windowed.abort();
      windowed = null;
      for (const [range, kind] of all) if (!painted.has(range)) paint(range, kind);
    } else {
      const want = rangesToPaint(all.keys(), geometry(view), limit);
      for (const range of painted)
        if (!want.has(range)) {
          painted.delete(range);
          target.delete(all.get(range) as EntityKind, range);
        }
      for (const range of want) if (!painted.has(range)) paint(range, all.get(range) as EntityKind);
    }
    onTask?.(start, view.performance.now());
  }

  function schedule(): void {
    if (pending || !windowed) return;
    pending = true;
    const wait = Math.max(0, lastChoice + THROTTLE_MS - view.performance.now());
    view.setTimeout(() => afterNextFrame(view, choose), wait);
  }

  /**
   * The window reaches a viewport beyond the one in view, so the page itself scrolling less than half a
   * viewport since the last choice changes nothing; an inner scroller's scroll always chooses again.
   */
  function onScroll(event: Event): void {
    const byPage = event.target === view.document || event.target === view;
    if (byPage && Math.abs(view.scrollY - scrollYAtChoice) < view.innerHeight / 2) return;
    schedule();
  }

  function enterWindow(): void {
    windowed = new AbortController();
    const options = { capture: true, passive: true, signal: windowed.signal };
    view.addEventListener('scroll', onScroll, options);
    view.addEventListener('resize', schedule, options);
    schedule();
  }

  return {
    add(kind, range) {
      all.set(range, kind);
      if (windowed) return schedule();
      paint(range, kind);
      if (all.size > limit) enterWindow();
    },
    remove(kind, range) {
      all.delete(range);
      if (painted.delete(range)) target.delete(kind, range);
      schedule();
    },
    destroy() {
      windowed?.abort();
      windowed = null;
      all.clear();
      painted.clear();
    },
  };
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
