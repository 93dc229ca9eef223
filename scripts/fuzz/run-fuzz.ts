/**
 * Runs generated pages through the built extension in headless Chromium or
 * Firefox, a few tabs at a time, and checks each: no error from the
 * extension, the page unchanged (DOM, text, form values), and turning
 * Backstory off for the site restores it exactly.
 */
import { launchChromiumDriver } from './chromium-driver';
import { launchFirefoxDriver } from './firefox-driver';
import type { FuzzBrowser, FuzzDriver, FuzzTab } from './fuzz-driver';
import { startFuzzServer, type FuzzServer } from './fuzz-server';
import { generatePage } from './page-shell';

export interface FuzzOptions {
  pages: number;
  /** The first page's number (to re-run a stretch of a seed); 0 by default. */
  from?: number;
  seed: number;
  /** An unpacked build of Backstory for `browser` (Chrome MV3, or Firefox MV2). */
  extensionDir: string;
  /** Chromium unless told. */
  browser?: FuzzBrowser;
  /** Tabs loading pages side by side. */
  tabs?: number;
  /** Open a card on every n-th page (hover its first visible highlight); 0 never. */
  hoverEvery?: number;
  /** Called after each batch with the pages done so far. */
  onProgress?: (done: number, report: FuzzReport) => void;
  /** Called with each failure as soon as it is found. */
  onFailure?: (failure: FuzzFailure) => void;
}

export type FuzzCheck = 'extension_error' | 'page_changed' | 'restore_failure';

export interface FuzzFailure {
  page: number;
  kinds: string[];
  check: FuzzCheck;
  detail: string;
}

export interface FuzzReport {
  pages: number;
  /** Milliseconds spent loading and checking pages, and switching off and checking the restore. */
  timing: { visitMs: number; restoreMs: number };
  extension_errors: number;
  pages_changed: number;
  restore_failures: number;
  /** Pages where a card was opened. */
  cards: number;
  /** Requests that left 127.0.0.1 and the extension (from pages, extension pages or the worker): must stay empty. */
  outsideRequests: string[];
  /** Every failure, with the page to reproduce it (`/page/<n>.html` of the same seed). */
  failures: FuzzFailure[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `expression` in the page until it is truthy; false after `timeoutMs`. */
async function until(page: FuzzTab, expression: string, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(expression).catch(() => false)) return true;
    if (Date.now() > end) return false;
    await sleep(15);
  }
}

/** Poll `runs(url)` until it says yes, for at most `timeoutMs`. */
async function backstoryRuns(
  url: string,
  runs: (url: string) => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await runs(url).catch(() => false)) return true;
    if (Date.now() > end) return false;
    await sleep(50);
  }
}

/** Load page `index` in `tab` and check it is unchanged once Backstory has run (and after a card opened). */
async function visit(
  page: FuzzTab,
  url: string,
  hover: boolean,
  runs: (url: string) => Promise<boolean>,
): Promise<{ changed: string; opened: boolean }> {
  await page.goto(url, 60_000);
  // A page laying out a 1 MB text node takes Chromium ~2.3 s here with no extension at all, and CI's two
  // cores run three tabs: the wait is for the page's own pace, not Backstory's.
  if (!(await until(page, '__fuzz.isDone()', 20_000)))
    return { changed: 'the page never finished its own changes', opened: false };
  if (!(await backstoryRuns(url, runs, 5_000))) {
    page.errors().push('Backstory never answered in this tab (content script did not run)');
    return { changed: '', opened: false };
  }
  await page.evaluate('__fuzz.settle()');
  let changed = (await page.evaluate('__fuzz.compare()')) as string;
  let opened = false;
  if (hover && !changed) {
    const point = (await page.evaluate('__fuzz.firstHighlightPoint()')) as {
      x: number;
      y: number;
    } | null;
    if (point) {
      await page.moveMouse(point.x, point.y);
      opened = await until(page, "__fuzz.leftovers().includes('node')", 3_000);
      changed = (await page.evaluate('__fuzz.compare()')) as string;
    }
  }
  return { changed, opened };
}

async function openTabs(driver: FuzzDriver, n: number): Promise<FuzzTab[]> {
  const tabs: FuzzTab[] = [];
  for (let i = 0; i < n; i++) tabs.push(await driver.openTab());
  return tabs;
}

/** Run `options.pages` pages and report the counts the reliability issue names. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const server: FuzzServer = await startFuzzServer(options.seed);
  const launch = options.browser === 'firefox' ? launchFirefoxDriver : launchChromiumDriver;
  const driver = await launch(options.extensionDir);
  const report: FuzzReport = {
    pages: 0,
    timing: { visitMs: 0, restoreMs: 0 },
    extension_errors: 0,
    pages_changed: 0,
    restore_failures: 0,
    cards: 0,
    outsideRequests: [],
    failures: [],
  };
  try {
    const tabs = await openTabs(driver, options.tabs ?? 3);
    const from = options.from ?? 0;
    for (let base = from; base < from + options.pages; base += tabs.length) {
      const batch = tabs.slice(0, Math.min(tabs.length, from + options.pages - base));
      await runBatch(batch, base, driver, server, options, report);
      // A crashed tab cannot load the next page: put a fresh one in its place.
      for (let i = 0; i < tabs.length; i++) {
        if (!tabs[i]?.crashed()) continue;
        await tabs[i]?.close();
        tabs[i] = await driver.openTab();
      }
      options.onProgress?.(report.pages, report);
    }
    for (const text of await driver.backgroundErrors()) {
      report.extension_errors++;
      report.failures.push({
        page: -1,
        kinds: ['background'],
        check: 'extension_error',
        detail: text,
      });
    }
    report.outsideRequests = [...driver.outsideRequests()];
  } finally {
    await driver.close();
    await server.close();
  }
  return report;
}

async function runBatch(
  batch: FuzzTab[],
  base: number,
  driver: FuzzDriver,
  server: FuzzServer,
  options: FuzzOptions,
  report: FuzzReport,
): Promise<void> {
  const every = options.hoverEvery ?? 10;
  const fail = (page: number, check: FuzzCheck, detail: string) => {
    const failure = { page, kinds: generatePage(options.seed, page, '').kinds, check, detail };
    report.failures.push(failure);
    options.onFailure?.(failure);
  };

  const t0 = Date.now();
  const results = await Promise.all(
    batch.map(async (tab, k) => {
      tab.clearErrors();
      const index = base + k;
      return visit(tab, server.pageUrl(index), every > 0 && index % every === 0, (u) =>
        driver.backstoryRuns(u),
      ).catch((err: unknown) => ({ changed: `the harness failed: ${String(err)}`, opened: false }));
    }),
  );
  const t1 = Date.now();
  report.timing.visitMs += t1 - t0;
  await driver.setSiteOff(true);
  const leftovers = await Promise.all(
    batch.map(async (tab) => {
      if (await until(tab, "__fuzz.leftovers() === ''", 3_000)) return '';
      return ((await tab.evaluate('__fuzz.leftovers()').catch(String)) as string) || 'unknown';
    }),
  );
  // Leave the pages before turning the site back on: Backstory would otherwise start again on
  // every one of them only to be navigated away (about:blank runs no content script).
  await Promise.all(batch.map((tab) => tab.goto('about:blank', 10_000).catch(() => undefined)));
  await driver.setSiteOff(false);
  report.timing.restoreMs += Date.now() - t1;
  batch.forEach((tab, k) => {
    const index = base + k;
    const r = results[k] as { changed: string; opened: boolean };
    report.pages++;
    if (r.opened) report.cards++;
    if (tab.errors().length > 0) {
      report.extension_errors++;
      fail(index, 'extension_error', tab.errors().join(' | ').slice(0, 500));
    }
    if (tab.crashed()) {
      report.pages_changed++;
      fail(index, 'page_changed', 'the renderer crashed');
    } else if (r.changed) {
      report.pages_changed++;
      fail(index, 'page_changed', r.changed);
    }
    if (leftovers[k] && !tab.crashed()) {
      report.restore_failures++;
      fail(index, 'restore_failure', leftovers[k] as string);
    }
  });
}
