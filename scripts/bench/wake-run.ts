/**
 * A background that was asleep: Chromium stops an idle extension service
 * worker after 30 s, and the next page wakes it. The first highlight on that
 * page, and how long the woken worker took to be ready to match from the
 * tables it stored (`backstoryPageMatcher.lastLoad`, in ms since it started).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { PageMatcher } from '../../lib/background/page-matcher';
import { readTimings } from './page-probes';

/** Stop every service worker (as the browser does when one is idle); false when it cannot. */
export async function stopWorkers(context: BrowserContext, page: Page): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    return true;
  } catch {
    return false;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The extension's running service worker, waiting for one to start if none runs. */
export async function runningWorker(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension:'));
  return live[live.length - 1] ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export interface WakeFigures {
  /** DOMContentLoaded → first highlight on the page that woke the worker. */
  firstHighlightMs: number | null;
  /** When the woken worker's matcher was ready, in ms since the worker started. */
  readyAtMs: number | null;
  /** When the worker's own code began to run (before it: starting the worker, compiling its script). */
  bootAtMs: number | null;
  /** How long reading the stored tables took, and whether they had to be compiled instead. */
  loadMs: number | null;
  openMs: number | null;
  readMs: number | null;
  compiled: boolean | null;
  /** Whether the tables came from the session's copy rather than IndexedDB. */
  fromCopy: boolean | null;
}

/**
 * Chromium closes an origin's IndexedDB files 2 s after its last connection closes. A worker
 * stopped for being idle (30 s) always meets them closed, so a wake waits this long after the stop.
 */
const REST_MS = 3000;

/** Stop every service worker and rest as an idle stop would; false when they cannot be stopped. */
export async function stopAndRest(context: BrowserContext): Promise<boolean> {
  const blank = await context.newPage();
  const stopped = await stopWorkers(context, blank);
  await blank.close();
  if (stopped) await new Promise((r) => setTimeout(r, REST_MS));
  return stopped;
}

/** Stop the worker, then load `url` (a bench page) and see how the woken worker did. */
export async function runWake(context: BrowserContext, url: string): Promise<WakeFigures | null> {
  if (!(await stopAndRest(context))) return null;
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('backstory:first-highlight').length > 0,
    null,
    { timeout: 30_000 },
  );
  const t = await page.evaluate(readTimings);
  await page.close();
  const worker = await runningWorker(context);
  const { load, bootAt } = await worker.evaluate(() => {
    const g = globalThis as unknown as {
      backstoryPageMatcher: PageMatcher;
      backstoryBootAt: number;
    };
    return { load: g.backstoryPageMatcher.lastLoad, bootAt: g.backstoryBootAt };
  });
  return {
    firstHighlightMs: t.firstHighlight === null ? null : t.firstHighlight - t.domContentLoaded,
    readyAtMs: load?.readyAt ?? null,
    bootAtMs: bootAt,
    loadMs: load?.ms ?? null,
    openMs: load?.openMs ?? null,
    readMs: load?.readMs ?? null,
    compiled: load?.compiled ?? null,
    fromCopy: load?.fromCopy ?? null,
  };
}

export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

/** What {@link runWake} gives, median over several wakes. */
export interface ReadyFigures {
  /** When the matcher was ready, in ms since the worker started: its boot, its load and anything between. */
  readyMs: number;
  bootMs: number;
  loadMs: number;
  openMs: number;
  readMs: number;
  firstHighlightMs: number;
  /** Whether any wake compiled its tables instead of reading them (then it is no load from storage). */
  compiled: boolean;
  /** How many of the wakes read the session's copy of the tables. */
  fromCopy: number;
}

/** {@link runWake} `wakes` times; the medians. */
export async function runWakes(
  context: BrowserContext,
  url: string,
  wakes = 5,
): Promise<ReadyFigures | null> {
  const runs: WakeFigures[] = [];
  for (let w = 0; w < wakes; w++) {
    const r = await runWake(context, url);
    if (r) runs.push(r);
  }
  const num = (k: keyof WakeFigures) => median(runs.map((r) => Number(r[k] ?? NaN)));
  if (runs.length === 0) return null;
  return {
    readyMs: num('readyAtMs'),
    bootMs: num('bootAtMs'),
    loadMs: num('loadMs'),
    openMs: num('openMs'),
    readMs: num('readMs'),
    firstHighlightMs: num('firstHighlightMs'),
    compiled: runs.some((r) => r.compiled !== false),
    fromCopy: runs.filter((r) => r.fromCopy === true).length,
  };
}
