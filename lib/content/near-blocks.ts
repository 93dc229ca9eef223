/**
 * Where the blocks that hold highlight ranges are, as the browser tells: the
 * element holding each range's start is watched by an `IntersectionObserver`
 * whose root is the viewport grown by a viewport above and below. The paint
 * window (paint-window.ts) so learns which blocks come near or leave as the
 * page scrolls, is resized or moves its content, from the layout the browser
 * computes anyway, instead of a box read per block on every choice.
 */

/** A vertical extent in viewport pixels. */
export interface Extent {
  top: number;
  bottom: number;
}

/** How the paint window sees the page (`nearBlocks` answers from what the browser told; tests pass their own). */
export interface PaintGeometry {
  viewportHeight(): number;
  /** Where the element holding `node` is, or null when it is not rendered. */
  blockOf(node: Node): Extent | null;
  /** Where `range` itself is (costly in a long text node: asked ~2 log n times per node), or null. */
  rangeOf(range: AbstractRange): Extent | null;
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

/** The browser's watch: an `IntersectionObserver` reaching a viewport above and below the view. */
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

/** Where a range is drawn now, or null when it is not rendered (one layout read). */
export function rangeExtent(range: AbstractRange): Extent | null {
  if (!('getBoundingClientRect' in range)) return null;
  return extentOf((range as Range).getBoundingClientRect());
}

/** A box's vertical extent, or null for an empty box (not rendered). */
function extentOf(rect: DOMRectReadOnly): Extent | null {
  return rect.width === 0 && rect.height === 0 ? null : { top: rect.top, bottom: rect.bottom };
}

/** The blocks holding some ranges, watched for coming near the view. */
export interface NearBlocks {
  /** Watch the block that holds `range`'s start. */
  hold(range: AbstractRange): void;
  /** Forget `range` (and stop watching its block once that holds no other). */
  release(range: AbstractRange): void;
  /** Whether the browser has told anything yet. */
  readonly heard: boolean;
  /** Where the blocks are now: their boxes when last told, moved by the page's scroll since. */
  geometry(): PaintGeometry;
  disconnect(): void;
}

/**
 * Watch the blocks of the ranges held. Each time the browser tells of some, `onTold` is given the
 * work of noting what it told, to run (and time) before choosing again.
 */
export function nearBlocks(
  view: Window,
  watch: WatchNear,
  rangeOf: (range: AbstractRange) => Extent | null,
  onTold: (note: () => void) => void,
): NearBlocks {
  /** The element holding each range's start node, and how many ranges start in that node. */
  const holders = new Map<Node, { el: Element | null; ranges: number }>();
  /** The start node each range was held under (a live range's start node can change later). */
  const heldAt = new Map<AbstractRange, Node>();
  /** Ranges held by each watched element. */
  const watched = new Map<Element, number>();
  /** Elements near the view, with their box and the page's scroll when the browser last told. */
  const near = new Map<Element, { extent: Extent; scrollY: number }>();
  let heard = false;

  const watcher = watch((changes) =>
    onTold(() => {
      const scrollY = view.scrollY;
      for (const { target: el, near: isNear, extent } of changes) {
        if (isNear && extent && watched.has(el)) near.set(el, { extent, scrollY });
        else near.delete(el);
      }
      heard = true;
    }),
  );

  return {
    hold(range) {
      const node = range.startContainer;
      heldAt.set(range, node);
      const holder = holders.get(node);
      if (holder) return void holder.ranges++;
      const el = elementOf(node);
      holders.set(node, { el, ranges: 1 });
      if (!el) return;
      const count = watched.get(el) ?? 0;
      watched.set(el, count + 1);
      if (count === 0) watcher.observe(el);
    },
    release(range) {
      const node = heldAt.get(range);
      if (!node) return;
      heldAt.delete(range);
      const holder = holders.get(node);
      if (!holder || --holder.ranges > 0) return;
      holders.delete(node);
      const el = holder.el;
      if (!el) return;
      const count = (watched.get(el) ?? 1) - 1;
      if (count > 0) return void watched.set(el, count);
      watched.delete(el);
      near.delete(el);
      watcher.unobserve(el);
    },
    get heard() {
      return heard;
    },
    geometry() {
      const scrollY = view.scrollY;
      return {
        viewportHeight: () => view.innerHeight,
        blockOf(node) {
          // A start node that came later (the page split or joined text) is looked up in the page.
          const el = holders.has(node) ? holders.get(node)?.el : elementOf(node);
          const seen = el ? near.get(el) : undefined;
          if (!seen) return null;
          const shift = scrollY - seen.scrollY;
          return { top: seen.extent.top - shift, bottom: seen.extent.bottom - shift };
        },
        rangeOf,
      };
    },
    disconnect: () => watcher.disconnect(),
  };
}

/** The element that holds `node` (itself for an element). */
function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}
