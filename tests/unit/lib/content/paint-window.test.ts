import { describe, expect, it } from 'vitest';
import {
  rangesToPaint,
  type Extent,
  type PaintGeometry,
} from '../../../../lib/content/paint-window';

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
