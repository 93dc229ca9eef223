/**
 * Runs generated pages through the built extension in headless Chromium, a
 * few tabs at a time, and checks each: no error from the extension, the page
 * unchanged (DOM, text, form values), and turning Backstory off for the site
 * restores it exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/browsers';
import { watchTabErrors, watchWorkerErrors, workerErrors } from './extension-errors';
import { startFuzzServer, type FuzzServer } from './fuzz-server';
import { PAGE_PROBE } from './page-probe';
import { generatePage } from './page-shell';

export interface FuzzOptions {
  pages: number;
  /** The first page's number (to re-run a stretch of a seed); 0 by default. */
  from?: number;
  seed: number;
  /** An unpacked Chrome MV3 build of Backstory. */
  extensionDir: string;
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

interface Tab {
  page: Page;
  errors: string[];
  crashed: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `expression` in the page until it is truthy; false after `timeoutMs`. */
async function until(page: Page, expression: string, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(expression).catch(() => false)) return true;
    if (Date.now() > end) return false;
    await sleep(15);
  }
}

/** Turn Backstory off (or back on) for the fuzz pages' site, the way the options page does. */
async function setSiteOff(sw: Worker, off: boolean): Promise<void> {
  await sw.evaluate(`(async () => {
    const stored = (await chrome.storage.local.get('settings')).settings;
    const settings = stored && typeof stored === 'object' ? stored : {};
    await chrome.storage.local.set({ settings: { ...settings, disabledSites: ${off ? "['127.0.0.1']" : '[]'} } });
  })()`);
}

/** Load page `index` in `tab` and check it is unchanged once Backstory has run (and after a card opened). */
async function visit(
  tab: Tab,
  url: string,
  hover: boolean,
): Promise<{ changed: string; opened: boolean }> {
  const { page } = tab;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // A page laying out a 1 MB text node takes Chromium ~2.3 s here with no extension at all, and CI's two
  // cores run three tabs: the wait is for the page's own pace, not Backstory's.
  if (!(await until(page, '__fuzz.isDone()', 20_000)))
    return { changed: 'the page never finished its own changes', opened: false };
  if (!(await until(page, '__fuzz.ready()', 5_000))) {
    tab.errors.push('Backstory never registered its highlights (content script did not run)');
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
      await page.mouse.move(point.x, point.y);
      opened = await until(page, "__fuzz.leftovers().includes('node')", 3_000);
      changed = (await page.evaluate('__fuzz.compare()')) as string;
    }
  }
  return { changed, opened };
}

async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = { page, errors: [], crashed: false };
  page.on('crash', () => (tab.crashed = true));
  await watchTabErrors(page, (text) => tab.errors.push(text));
  return tab;
}

async function openTabs(context: BrowserContext, n: number): Promise<Tab[]> {
  const tabs: Tab[] = [];
  for (let i = 0; i < n; i++) tabs.push(await openTab(context));
  return tabs;
}

/** Run `options.pages` pages and report the counts the reliability issue names. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  const profile = mkdtempSync(join(tmpdir(), 'backstory-fuzz-'));
  const server: FuzzServer = await startFuzzServer(options.seed);
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromiumArgs(options.extensionDir), '--no-sandbox', '--disable-gpu'],
    viewport: { width: 1000, height: 700 },
  });
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
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['127.0.0.1'].includes(url.hostname) &&
      !['chrome-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol)
    )
      report.outsideRequests.push(request.url());
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await watchWorkerErrors(sw);
    await context.addInitScript(PAGE_PROBE);
    const tabs = await openTabs(context, options.tabs ?? 3);
    const from = options.from ?? 0;
    for (let base = from; base < from + options.pages; base += tabs.length) {
      const batch = tabs.slice(0, Math.min(tabs.length, from + options.pages - base));
      await runBatch(batch, base, sw, server, options, report);
      // A crashed tab cannot load the next page: put a fresh one in its place.
      for (let i = 0; i < tabs.length; i++) {
        if (!tabs[i]?.crashed) continue;
        await tabs[i]?.page.close().catch(() => undefined);
        tabs[i] = await openTab(context);
      }
      options.onProgress?.(report.pages, report);
    }
    for (const text of await workerErrors(sw)) {
      report.extension_errors++;
      report.failures.push({
        page: -1,
        kinds: ['service worker'],
        check: 'extension_error',
        detail: text,
      });
    }
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return report;
}

async function runBatch(
  batch: Tab[],
  base: number,
  sw: Worker,
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
      tab.errors = [];
      const index = base + k;
      return visit(tab, server.pageUrl(index), every > 0 && index % every === 0).catch(
        (err: unknown) => ({ changed: `the harness failed: ${String(err)}`, opened: false }),
      );
    }),
  );
  const t1 = Date.now();
  report.timing.visitMs += t1 - t0;
  await setSiteOff(sw, true);
  const leftovers = await Promise.all(
    batch.map(async (tab) => {
      if (await until(tab.page, "__fuzz.leftovers() === ''", 3_000)) return '';
      return ((await tab.page.evaluate('__fuzz.leftovers()').catch(String)) as string) || 'unknown';
    }),
  );
  // Leave the pages before turning the site back on: Backstory would otherwise start again on
  // every one of them only to be navigated away (about:blank runs no content script).
  await Promise.all(batch.map((tab) => tab.page.goto('about:blank').catch(() => undefined)));
  await setSiteOff(sw, false);
  report.timing.restoreMs += Date.now() - t1;
  batch.forEach((tab, k) => {
    const index = base + k;
    const r = results[k] as { changed: string; opened: boolean };
    report.pages++;
    if (r.opened) report.cards++;
    if (tab.errors.length > 0) {
      report.extension_errors++;
      fail(index, 'extension_error', tab.errors.join(' | ').slice(0, 500));
    }
    if (tab.crashed) {
      report.pages_changed++;
      fail(index, 'page_changed', 'the renderer crashed');
    } else if (r.changed) {
      report.pages_changed++;
      fail(index, 'page_changed', r.changed);
    }
    if (leftovers[k] && !tab.crashed) {
      report.restore_failures++;
      fail(index, 'restore_failure', leftovers[k] as string);
    }
  });
}
