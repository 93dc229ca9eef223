/**
 * Long work on the page's main thread, cut into slices: a step runs again and
 * again until the slice has used its budget, then the browser gets the thread
 * back (to paint, to handle input) before the next slice. Nothing here reads
 * the clock or the DOM by itself, so it is tested without timers.
 */

export interface SliceOptions {
  /** Milliseconds a slice may run before it yields: no task of the page's may run past 50 ms. */
  budgetMs: number;
  /** The clock (`performance.now`). */
  now: () => number;
  /** Give the thread back; resolves when it is our turn again. */
  yieldNow: () => Promise<void>;
  /** Stop between steps when aborted. */
  signal?: AbortSignal;
  /** Told the start and end time of every slice (for measuring). */
  onSlice?: (start: number, end: number) => void;
  /** Checked after each step: true ends the slice at once (so the first highlights paint without waiting for the budget). */
  yieldEarly?: () => boolean;
}

/**
 * Run `step` until it returns false (no more work), in slices of about
 * `budgetMs`. Resolves true when the work is done, false when `signal` stopped it.
 */
export async function runInSlices(step: () => boolean, options: SliceOptions): Promise<boolean> {
  const { budgetMs, now, yieldNow, signal, onSlice, yieldEarly } = options;
  for (;;) {
    if (signal?.aborted) return false;
    const start = now();
    let more = step();
    while (more && now() - start < budgetMs && !signal?.aborted && !yieldEarly?.()) more = step();
    onSlice?.(start, now());
    if (!more) return true;
    await yieldNow();
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Yield to the browser: `scheduler.yield()` where there is one (Chromium 129+;
 * the continuation keeps its place ahead of other queued tasks), else a
 * zero-delay timeout.
 */
export function yieldToBrowser(win: Window = window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
