/**
 * Which highlighted ranges are registered with the browser when a page has
 * many. Chromium re-validates every registered highlight range in every frame
 * after any DOM change (its `HighlightRegistry::ValidateHighlightMarkers`),
 * measured at ~5–9 µs per range: 11,000 ranges made every frame of a page
 * that changed itself cost ~100 ms instead of 17, with or without the ranges in
 * view. So past `PAINT_LIMIT` ranges only those near the viewport are
 * registered (all stay in the page's index: cards, keys and counts see them
 * all), chosen again when the reader scrolls or the mentions change.
 */

/** Most ranges registered at once (~3–5 ms a changing frame at the cost above). */
export const PAINT_LIMIT = 600;

/** A vertical extent in viewport pixels. */
export interface Extent {
  top: number;
  bottom: number;
}

/** How the window sees the page (the real one reads layout; tests pass their own). */
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

/** The geometry of a live document: element boxes once per choice, range boxes on demand. */
export function documentGeometry(view: Window): PaintGeometry {
  const blocks = new Map<Element, Extent | null>();
  return {
    viewportHeight: () => view.innerHeight,
    blockOf(node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el) return null;
      if (!blocks.has(el)) blocks.set(el, extentOf(el.getBoundingClientRect()));
      return blocks.get(el) ?? null;
    },
    rangeOf(range) {
      if (!('getBoundingClientRect' in range)) return null;
      return extentOf((range as Range).getBoundingClientRect());
    },
  };
}

function extentOf(rect: DOMRect): Extent | null {
  return rect.width === 0 && rect.height === 0 ? null : { top: rect.top, bottom: rect.bottom };
}
