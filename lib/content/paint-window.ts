/**
 * Which highlighted ranges are registered with the browser when a page has
 * many. Chromium re-validates every registered highlight range in every frame
 * after any DOM change (its `HighlightRegistry::ValidateHighlightMarkers`),
 * whether the ranges are in view or not (docs/performance.md has the
 * figures). So past `PAINT_LIMIT` ranges only those near the viewport are
 * registered (all stay in the page's index: cards, keys and counts see them
 * all), chosen again when the reader scrolls or the mentions change.
 */

/** Most ranges registered at once: a few milliseconds of a changing frame. */
export const PAINT_LIMIT = 600;

/** A vertical extent in viewport pixels. */
export interface Extent {
  top: number;
  bottom: number;
}

/** How the window sees the page (painted-ranges.ts answers from what the browser told it; tests pass their own). */
export interface PaintGeometry {
  viewportHeight(): number;
  /** Where the element holding `node` is, or null when it is not rendered. */
  blockOf(node: Node): Extent | null;
  /** Where `range` itself is (costly in a long text node: asked ~2 log n times per node), or null. */
  rangeOf(range: AbstractRange): Extent | null;
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

/** Where a range is drawn now, or null when it is not rendered (one layout read). */
export function rangeExtent(range: AbstractRange): Extent | null {
  if (!('getBoundingClientRect' in range)) return null;
  return extentOf((range as Range).getBoundingClientRect());
}

/** A box's vertical extent, or null for an empty box (not rendered). */
function extentOf(rect: DOMRectReadOnly): Extent | null {
  return rect.width === 0 && rect.height === 0 ? null : { top: rect.top, bottom: rect.bottom };
}

/** One element coming near the view (within a viewport of it) or leaving, with its box at that moment. */
export interface NearChange {
  target: Element;
  near: boolean;
  extent: Extent | null;
}

/** Watches elements for coming near the view; `onChange` gets every change after a frame. */
export interface NearWatcher {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

export type WatchNear = (onChange: (changes: NearChange[]) => void) => NearWatcher;

/**
 * An `IntersectionObserver` whose root is the viewport grown by a viewport above and below: the
 * browser tells which blocks come near or leave as the page scrolls, is resized or moves its content,
 * from the layout it computes anyway, instead of a box read per block on every choice.
 */
export const watchNear: WatchNear = (onChange) => {
  const observer = new IntersectionObserver(
    (entries) =>
      onChange(
        entries.map((e) => ({
          target: e.target,
          near: e.isIntersecting,
          extent: extentOf(e.boundingClientRect),
        })),
      ),
    { rootMargin: '100% 0px 100% 0px' },
  );
  return {
    observe: (el) => observer.observe(el),
    unobserve: (el) => observer.unobserve(el),
    disconnect: () => observer.disconnect(),
  };
};
