import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../../lib/content/slices';

/** A clock that moves only when a step says it worked. */
function fakeClock() {
  let t = 0;
  return { now: () => t, spend: (ms: number) => void (t += ms) };
}

describe('runInSlices', () => {
  it('runs steps until the slice budget is used, then yields, until the work is done', async () => {
    const clock = fakeClock();
    let left = 10;
    const yields: number[] = [];
    const slices: Array<[number, number]> = [];
    const done = await runInSlices(
      () => {
        clock.spend(3);
        return --left > 0;
      },
      {
        budgetMs: 8,
        now: clock.now,
        yieldNow: async () => void yields.push(left),
        onSlice: (s, e) => void slices.push([s, e]),
      },
    );
    expect(done).toBe(true);
    expect(left).toBe(0);
    // 3 steps of 3 ms pass an 8 ms budget: slices of 3, 3, 3 and 1 steps.
    expect(slices.map(([s, e]) => (e - s) / 3)).toEqual([3, 3, 3, 1]);
    expect(yields).toEqual([7, 4, 1]);
  });

  it('ends a slice early, after the step that makes yieldEarly true, and goes on in the next slice', async () => {
    const clock = fakeClock();
    let left = 6;
    const slices: Array<[number, number]> = [];
    const done = await runInSlices(
      () => {
        clock.spend(1);
        return --left > 0;
      },
      {
        budgetMs: 100,
        now: clock.now,
        yieldNow: async () => undefined,
        onSlice: (s, e) => void slices.push([s, e]),
        yieldEarly: () => left === 4,
      },
    );
    expect(done).toBe(true);
    expect(left).toBe(0);
    // Two steps bring left to 4: that slice ends; the rest fits in one more slice.
    expect(slices).toEqual([
      [0, 2],
      [2, 6],
    ]);
  });

  it('stops between steps once the signal aborts', async () => {
    const clock = fakeClock();
    const stop = new AbortController();
    let steps = 0;
    const done = await runInSlices(
      () => {
        clock.spend(1);
        if (++steps === 2) stop.abort();
        return true;
      },
      { budgetMs: 100, now: clock.now, yieldNow: async () => undefined, signal: stop.signal },
    );
    expect(done).toBe(false);
    expect(steps).toBe(2);
  });
});
