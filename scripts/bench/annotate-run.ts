/**
 * The 1 MB page in Chromium with the extension: the content script's own
 * main-thread time (sum of its `backstory:task` slices), its longest task,
 * the first highlight, and the floor pass over the same page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { traceContent } from './content-trace';
import {
  floorPass,
  observeLongTasks,
  pageSize,
  readTimings,
  type PageTimings,
} from './page-probes';

export interface AnnotateFigures {
  /** The content script's whole main-thread time on the page (from a trace). */
  annotateMs: number;
  /** The sum of its own `backstory:task` slices (what it times itself). */
  ownSlicesMs: number;
  floorMs: number;
  /** The same floor pass, once, in a fresh isolated world: the conditions a content script reads the page in. */
  floorIsolatedMs: number;
  maxTaskMs: number;
  /** The longest long task (any cause) while the content script was scanning. */
  longTaskDuringScanMs: number;
  /** DOMContentLoaded → first highlight, median over loads without tracing (`runFirstHighlights`). */
  firstHighlightMs: number | null;
  /** DOMContentLoaded → when the page first gave its main thread back (a zero timeout set at DOMContentLoaded ran). */
  pageBusyMs: number | null;
  /** Per load, the first highlight after the page gave its main thread back; the median. */
  firstHighlightAfterPageMs: number | null;
  slices: number;
  highlights: number;
  duplicateHighlights: number;
  nodes: number;
  chars: number;
}

function overlapping(t: PageTimings): number {
  const first = t.tasks[0];
  const end = t.scanDone ?? Infinity;
  if (!first) return 0;
  return t.longTasks
    .filter(([s, d]) => s + d >= first[0] && s <= end)
    .reduce((m, [, d]) => Math.max(m, d), 0);
}

/**
 * One floor pass in a new isolated world (CDP `Page.createIsolatedWorld`), as the content script's own world
 * is: DOM wrappers are made afresh for it and its code is cold. Reported beside the budget's floor, not instead.
 */
export async function isolatedFloor(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'bench-floor',
  });
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: executionContextId,
    expression: `globalThis.__name ??= (f) => f; (${floorPass.toString()})(1)`,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value as number;
}

/**
 * The floor pass once, in a fresh isolated world, on a page just loaded in a browser without the
 * extension: the conditions the content script reads a page in (no wrapper or string of the page's text
 * exists in its world yet). Median of `runs` fresh loads. `floor_1mb_ms` is the warm pass the budget names.
 */
export async function runColdFloor(
  context: BrowserContext,
  url: string,
  runs = 5,
): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const page = await context.newPage();
    await page.goto(url);
    times.push(await isolatedFloor(context, page));
    await page.close();
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1] as number;
}

/** Traced loads of the 1 MB page: one load's figure spreads by about ±15 ms on this machine. */
const ANNOTATE_LOADS = 3;

/** One traced load of the 1 MB page: the content script's time, its longest slice, and the page's own timings. */
async function annotateOnce(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  const traced = await traceContent(context, page, async () => {
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('backstory:scan-done').length > 0,
      null,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(300);
  });
  return { traced, page, timings: await page.evaluate(readTimings) };
}

/**
 * The 1 MB page with the extension. The content script's time and longest slice
 * come from traces of the page (content-trace.ts): everything it ran, from
 * compiling its script to placing the last mention, the median of
 * {@link ANNOTATE_LOADS} loads; the longest slice is the worst of them. Its own
 * `backstory:task` slices and the highlights come from the median load; the floors and the page's
 * size are read on the last load's page.
 */
export async function runAnnotate(context: BrowserContext, url: string): Promise<AnnotateFigures> {
  const loads: Array<Awaited<ReturnType<typeof annotateOnce>>> = [];
  for (let i = 0; i < ANNOTATE_LOADS; i++) {
    const load = await annotateOnce(context, url);
    loads.push(load);
    if (i < ANNOTATE_LOADS - 1) await load.page.close();
  }
  const byTime = [...loads].sort((a, b) => a.traced.totalMs - b.traced.totalMs);
  const { traced, timings: t } = byTime[byTime.length >> 1] as (typeof loads)[number];
  // The floors are read on the last load's page, still open.
  const page = (loads[loads.length - 1] as (typeof loads)[number]).page;
  const floorMs = await page.evaluate(floorPass, 5);
  const floorIsolatedMs = await isolatedFloor(context, page);
  const size = await page.evaluate(pageSize);
  await page.close();
  const first = await runFirstHighlights(context, url);
  return {
    annotateMs: traced.totalMs,
    ownSlicesMs: t.tasks.reduce((s, [, d]) => s + d, 0),
    floorMs,
    floorIsolatedMs,
    maxTaskMs: Math.max(...loads.map((l) => l.traced.longestMs)),
    longTaskDuringScanMs: overlapping(t),
    ...first,
    slices: t.tasks.length,
    highlights: t.highlights,
    duplicateHighlights: Math.max(...loads.map((l) => l.timings.duplicateHighlights)),
    ...size,
  };
}

/** Set before any page script: a zero timeout at DOMContentLoaded marks when the page lets its main thread go. */
function markPageFree(): void {
  document.addEventListener('DOMContentLoaded', () => {
    setTimeout(() => performance.mark('bench:page-free'), 0);
  });
}

const median = (values: number[]): number | null =>
  values.length === 0 ? null : ([...values].sort((a, b) => a - b)[values.length >> 1] as number);

/**
 * The first highlight over `loads` loads of `url` without tracing (tracing slows the page's own
 * layout): DOMContentLoaded → first highlight, DOMContentLoaded → the page's main thread first free
 * (on a 1 MB page its own layout and paint hold it well past DOMContentLoaded, and no answer from the
 * background can be handled before), and the first highlight after that moment. Medians.
 */
export async function runFirstHighlights(
  context: BrowserContext,
  url: string,
  loads = 5,
): Promise<Pick<AnnotateFigures, 'firstHighlightMs' | 'pageBusyMs' | 'firstHighlightAfterPageMs'>> {
  const first: number[] = [];
  const busy: number[] = [];
  const after: number[] = [];
  for (let k = 0; k < loads; k++) {
    const page = await context.newPage();
    await page.addInitScript(markPageFree);
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('backstory:first-highlight').length > 0,
      null,
      { timeout: 60_000 },
    );
    const t = await page.evaluate(readTimings);
    const free = await page.evaluate(
      () => performance.getEntriesByName('bench:page-free')[0]?.startTime ?? null,
    );
    await page.close();
    if (t.firstHighlight === null || free === null) continue;
    first.push(t.firstHighlight - t.domContentLoaded);
    busy.push(free - t.domContentLoaded);
    after.push(t.firstHighlight - free);
  }
  return {
    firstHighlightMs: median(first),
    pageBusyMs: median(busy),
    firstHighlightAfterPageMs: median(after),
  };
}
