/**
 * Timings for `npm run bench`, recorded only on a page that asks for them
 * with `<meta name="backstory-bench">`: User Timing entries named
 * `backstory:…` in the page's performance timeline, which the bench reads
 * from the page. On every other page this does nothing (one
 * `querySelector` at start), so no page's own analytics ever sees them.
 *
 * Entries: a `backstory:task` measure for every slice of main-thread work
 * (initial scan, rescans), marks `backstory:first-highlight` and
 * `backstory:scan-done`, and `backstory:card-open` / `backstory:card-ready`
 * around each hover card.
 */

export interface BenchTiming {
  readonly enabled: boolean;
  /** Record one slice of main-thread work from `start` to `end` (`performance.now()` times). */
  task(start: number, end: number): void;
  /** Run `fn` and record it as one slice. */
  measure<T>(fn: () => T): T;
  mark(name: string): void;
  /**
   * Answer the bench's `backstory-bench-count` event with a mark
   * `backstory:count:<mentions>:<duplicates>`: only some highlights are
   * registered on a page with many (paint-window.ts), so the registry
   * cannot be counted.
   */
  answerCounts(count: () => { mentions: number; duplicates: number }, signal: AbortSignal): void;
}

const OFF: BenchTiming = {
  enabled: false,
  task() {},
  measure: (fn) => fn(),
  mark() {},
  answerCounts() {},
};

/** Timings for `doc`: live when it carries the bench's meta tag, else inert. */
export function benchTiming(doc: Document = document): BenchTiming {
  const perf = doc.defaultView?.performance;
  if (!perf || !doc.querySelector('meta[name="backstory-bench"]')) return OFF;
  const task = (start: number, end: number): void => {
    perf.measure('backstory:task', { start, end });
  };
  return {
    enabled: true,
    task,
    measure(fn) {
      const start = perf.now();
      try {
        return fn();
      } finally {
        task(start, perf.now());
      }
    },
    mark: (name) => void perf.mark(`backstory:${name}`),
    answerCounts(count, signal) {
      const answer = (): void => {
        const { mentions, duplicates } = count();
        perf.mark(`backstory:count:${mentions}:${duplicates}`);
      };
      doc.addEventListener('backstory-bench-count', answer, { signal });
    },
  };
}

/** How many ranges there are, and how many start where another one does (text highlighted twice). */
export function countRanges(ranges: Iterable<AbstractRange>): {
  mentions: number;
  duplicates: number;
} {
  const seen = new Map<Node, Set<number>>();
  let mentions = 0;
  let duplicates = 0;
  for (const r of ranges) {
    mentions++;
    const offsets = seen.get(r.startContainer) ?? new Set<number>();
    if (offsets.has(r.startOffset)) duplicates++;
    offsets.add(r.startOffset);
    seen.set(r.startContainer, offsets);
  }
  return { mentions, duplicates };
}

/**
 * Wrap a loader so that `backstory:<name>` is marked once its answer has been
 * handled by the caller's own `then` (which is registered after ours, so runs
 * first among the microtasks ours queues): for the card, once it has rendered.
 */
export function markWhenHandled<A, R>(
  timing: BenchTiming,
  name: string,
  load: (arg: A) => Promise<R>,
): (arg: A) => Promise<R> {
  if (!timing.enabled) return load;
  return (arg) => {
    const p = load(arg);
    p.then(
      () => queueMicrotask(() => timing.mark(name)),
      () => undefined,
    );
    return p;
  };
}
