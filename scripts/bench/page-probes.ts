/**
 * Functions evaluated inside the bench's pages (main world): they read the
 * content script's `backstory:*` timings, long tasks and highlights. They must
 * not close over anything: Playwright sends their source text.
 */

/** Register a long-task observer before any page script runs (`addInitScript`). */
export function observeLongTasks(): void {
  const w = window as unknown as { benchLongTasks: Array<[number, number]> };
  w.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.benchLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** What the page's timeline says about the content script so far. */
export interface PageTimings {
  tasks: Array<[number, number]>;
  longTasks: Array<[number, number]>;
  firstHighlight: number | null;
  scanDone: number | null;
  domContentLoaded: number;
  highlights: number;
  duplicateHighlights: number;
}

export function readTimings(): PageTimings {
  const at = (name: string): number | null =>
    performance.getEntriesByName(`backstory:${name}`)[0]?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  // Only ranges near the viewport are registered on a page with many (paint-window.ts): the content
  // script counts them all, and the ones that start where another does, when asked.
  document.dispatchEvent(new CustomEvent('backstory-bench-count'));
  const counts = performance
    .getEntriesByType('mark')
    .filter((e) => e.name.startsWith('backstory:count:'));
  const [highlights = 0, duplicateHighlights = 0] = (counts.at(-1)?.name ?? '')
    .split(':')
    .slice(2)
    .map(Number);
  return {
    tasks: performance
      .getEntriesByName('backstory:task')
      .map((e): [number, number] => [e.startTime, e.duration]),
    longTasks:
      (window as unknown as { benchLongTasks?: Array<[number, number]> }).benchLongTasks ?? [],
    firstHighlight: at('first-highlight'),
    scanDone: at('scan-done'),
    domContentLoaded: nav.domContentLoadedEventStart,
    highlights,
    duplicateHighlights,
  };
}

/** The floor: walk every text node, read its text, touch every character. Median ms of `runs`. */
export function floorPass(runs: number): number {
  const times: number[] = [];
  let sum = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const d = (n as Text).data;
      for (let i = 0; i < d.length; i++) sum += d.charCodeAt(i);
    }
    times.push(performance.now() - t);
  }
  (window as unknown as { benchSink: number }).benchSink = sum;
  times.sort((a, b) => a - b);
  return times[runs >> 1] as number;
}

/** Text nodes and characters under the body. */
export function pageSize(): { nodes: number; chars: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    chars += (n as Text).data.length;
  }
  return { nodes, chars };
}
