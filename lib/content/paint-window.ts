/**
 * Which of the page's highlight ranges are registered with the browser.
 * Chromium re-validates every registered highlight range in every frame after
 * any DOM change (its `HighlightRegistry::ValidateHighlightMarkers`), whether
 * the ranges are in view or not (docs/performance.md has the figures). So up
 * to `PAINT_LIMIT` ranges every one is registered as it comes; past it, only
 * those near the viewport are, chosen again when the browser tells that the
 * blocks holding them came near or left (near-blocks.ts: scrolling, resizing,
 * content moving), when the mentions change, or when the page scrolls half a
 * viewport; at most every `THROTTLE_MS`, after the frame has laid out.
 *
 * The ranges themselves are the page's mentions, held by their owner
 * (mention-store.ts): cards, keys and counts see them all. The window holds
 * only which of them are registered now.
 */
import type { EntityKind } from '../shared/corpus/types';
import type { Highlighter } from './highlighter';
import {
  nearBlocks,
  rangeExtent,
  watchNear,
  type Extent,
  type NearBlocks,
  type PaintGeometry,
  type WatchNear,
} from './near-blocks';

/** Most ranges registered at once: a few milliseconds of a changing frame. */
export const PAINT_LIMIT = 600;
/** Scrolling chooses again at most this often. */
const THROTTLE_MS = 120;
/** Where frames do not come (a hidden tab), the choice runs after this long. */
const NO_FRAME_MS = 250;

/** Where ranges are really registered. */
export type PaintTarget = Pick<Highlighter, 'add' | 'remove'>;

/** Every range there is to paint, with its kind: the owner's own map, read, never changed here. */
export type PaintSource = ReadonlyMap<AbstractRange, { readonly kind: EntityKind }>;

export interface PaintOptions {
  limit?: number;
  /** Tells which elements are near the view (tests pass their own). */
  watch?: WatchNear;
  /** Where one range is drawn, for a block taller than a few viewports (tests pass their own). */
  rangeOf?: (range: AbstractRange) => Extent | null;
  /** Told of each choice's main-thread time (`performance.now()` times), for the bench. */
  onTask?: (start: number, end: number) => void;
}

/** Told by the source's owner after each range it added to or removed from the source. */
export interface PaintWindow {
  add(kind: EntityKind, range: AbstractRange): void;
  remove(kind: EntityKind, range: AbstractRange): void;
  /** Stop choosing (the target itself is taken away by its owner). */
  destroy(): void;
}

/** Keep the ranges registered in `target` to those of `all` that the window chooses (every one up to `limit`). */
export function paintWindow(
  target: PaintTarget,
  all: PaintSource,
  view: Window,
  { limit = PAINT_LIMIT, watch = watchNear, rangeOf = rangeExtent, onTask }: PaintOptions = {},
): PaintWindow {
  /** The ranges registered now, with the kind each is registered under. */
  const painted = new Map<AbstractRange, EntityKind>();
  /** Past the limit: the blocks holding the ranges, watched for coming near the view. */
  let windowed: NearBlocks | null = null;
  let stopListening: AbortController | null = null;
  let pending = false;
  let lastChoice = -Infinity;
  let scrollYAtChoice = 0;
  const measured = (fn: () => void): void => {
    const start = view.performance.now();
    fn();
    onTask?.(start, view.performance.now());
  };

  const paint = (range: AbstractRange, kind: EntityKind): void => {
    painted.set(range, kind);
    target.add(kind, range);
  };
  const unpaint = (range: AbstractRange, kind: EntityKind): void => {
    painted.delete(range);
    target.remove(kind, range);
  };

  function choose(): void {
    pending = false;
    const blocks = windowed;
    // Until the browser has told where the blocks are, the ranges registered stay.
    if (!blocks || !blocks.heard) return;
    measured(() => {
      lastChoice = view.performance.now();
      scrollYAtChoice = view.scrollY;
      if (all.size <= limit / 2) {
        leaveWindow();
        for (const [range, { kind }] of all) if (!painted.has(range)) paint(range, kind);
        return;
      }
      const want = rangesToPaint(all.keys(), blocks.geometry(), limit);
      for (const [range, kind] of painted) if (!want.has(range)) unpaint(range, kind);
      for (const range of want) {
        const kind = all.get(range)?.kind;
        if (kind && !painted.has(range)) paint(range, kind);
      }
    });
  }

  function schedule(): void {
    if (pending || !windowed) return;
    pending = true;
    const wait = Math.max(0, lastChoice + THROTTLE_MS - view.performance.now());
    view.setTimeout(() => afterNextFrame(view, choose), wait);
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
    const blocks = nearBlocks(view, watch, rangeOf, (note) => {
      if (windowed !== blocks) return;
      measured(note);
      schedule();
    });
    windowed = blocks;
    for (const range of all.keys()) blocks.hold(range);
    stopListening = new AbortController();
    const options = { capture: true, passive: true, signal: stopListening.signal };
    view.addEventListener('scroll', onScroll, options);
    view.addEventListener('resize', schedule, options);
  }

  function leaveWindow(): void {
    stopListening?.abort();
    windowed?.disconnect();
    windowed = null;
  }

  return {
    add(kind, range) {
      if (windowed) {
        windowed.hold(range);
        return schedule();
      }
      // The range past the limit waits for the first choice: never more than `limit` registered.
      if (all.size > limit) return enterWindow();
      paint(range, kind);
    },
    remove(kind, range) {
      if (painted.has(range)) unpaint(range, kind);
      windowed?.release(range);
      schedule();
    },
    destroy() {
      leaveWindow();
      painted.clear();
    },
  };
}

/** Blocks taller than this many viewports are searched range by range. */
const TALL_BLOCK_VIEWPORTS = 3;

/** The ranges to register: those within a viewport above and below the one in view, nearest first, at most `limit`. */
export function rangesToPaint(
  ranges: Iterable<AbstractRange>,
  geometry: PaintGeometry,
  limit = PAINT_LIMIT,
): Set<AbstractRange> {
  const height = geometry.viewportHeight();
  const band: Extent = { top: -height, bottom: 2 * height };
  const near: Array<[AbstractRange, number]> = [];
  for (const [node, inNode] of byNode(ranges)) {
    const block = geometry.blockOf(node);
    if (!block || !overlaps(block, band)) continue;
    const tall = block.bottom - block.top > TALL_BLOCK_VIEWPORTS * height && inNode.length > 4;
    const distance = distanceFrom(block, height);
    for (const r of tall ? inBand(inNode, geometry, band) : inNode)
      near.push([r, tall ? 0 : distance]);
  }
  if (near.length > limit) near.sort((a, b) => a[1] - b[1]).length = limit;
  return new Set(near.map(([r]) => r));
}

function byNode(ranges: Iterable<AbstractRange>): Map<Node, AbstractRange[]> {
  const groups = new Map<Node, AbstractRange[]>();
  for (const r of ranges) {
    const group = groups.get(r.startContainer);
    if (group) group.push(r);
    else groups.set(r.startContainer, [r]);
  }
  return groups;
}

const overlaps = (a: Extent, b: Extent): boolean => a.bottom >= b.top && a.top <= b.bottom;

/** How far `block` is from the viewport (0 when in view). */
function distanceFrom(block: Extent, height: number): number {
  if (block.bottom < 0) return -block.bottom;
  if (block.top > height) return block.top - height;
  return 0;
}

/**
 * The ranges of one tall text node that lie in `band`: text flows down the
 * page in offset order, so two binary searches find the stretch.
 */
function inBand(inNode: AbstractRange[], geometry: PaintGeometry, band: Extent): AbstractRange[] {
  const sorted = [...inNode].sort((a, b) => a.startOffset - b.startOffset);
  const first = firstIndex(sorted, (r) => (geometry.rangeOf(r)?.bottom ?? -Infinity) >= band.top);
  const end = firstIndex(sorted, (r) => (geometry.rangeOf(r)?.top ?? -Infinity) > band.bottom);
  return sorted.slice(first, Math.max(first, end));
}

/** The first index where `test` holds, for a test that is false then true along the array. */
function firstIndex<T>(items: T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(items[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
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
