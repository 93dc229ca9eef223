import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox } from '../../../scripts/lib/browsers';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import { FIREFOX_BUILD } from '../support/firefox';
import {
  FIREFOX_QUIET_ENV,
  firefoxProxyPrefs,
  startRequestRecorder,
  type RequestRecorder,
} from '../support/request-recorder';
import {
  judge,
  pool,
  realPages,
  REAL_PAGES,
  REAL_PAGES_MISSING,
  report,
  table,
  type PageResult,
  type Visit,
} from './real-pages';
import { inspect } from './visit';
import { firefoxWindow } from '../../../scripts/lib/firefox-window';

/** A third of the pages: every one that names an entity, then every third of the rest. */
function sample<T extends { names: boolean }>(all: T[]): T[] {
  const named = all.filter((p) => p.names);
  const rest = all.filter((p) => !p.names).filter((_, i) => i % 3 === 0);
  return [...named, ...rest].slice(0, Math.max(named.length, Math.ceil(all.length / 3)));
}

const pages = sample(realPages());
if (pages.length === 0) console.warn(REAL_PAGES_MISSING);
const TABS = 3;
const GECKO_ID = 'backstory@backstory.invalid';
const isLoopback = (url: string) => /^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url);

let server: StaticServer;
let recorder: RequestRecorder;
const WINDOW = firefoxWindow(1100, 800);
let browser: Browser;
/** Outside requests whose stack runs through Backstory's code (a content script's). */
const fromExtension: string[] = [];
/** Hosts the tabs themselves asked for (the page's own requests, seen in the tab). */
const tabHosts = new Set<string>();

beforeAll(async () => {
  if (pages.length === 0) return;
  server = await serveFolder(REAL_PAGES);
  // Every request for a host other than loopback, from any context, ends at this dead end (502).
  recorder = await startRequestRecorder();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox() ?? undefined,
    headless: true,
    args: ['-remote-allow-system-access', ...WINDOW.args],
    defaultViewport: WINDOW.defaultViewport,
    env: { ...process.env, ...FIREFOX_QUIET_ENV },
    extraPrefsFirefox: firefoxProxyPrefs(recorder.port),
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await recorder?.close();
  await server?.close();
});

/** Note a tab's outside request when Backstory's code started it (a content script's stack). */
function watch(request: HTTPRequest, count: () => void): void {
  if (isLoopback(request.url())) return;
  count();
  tabHosts.add(new URL(request.url()).host);
  const frames = request.initiator()?.stack?.callFrames ?? [];
  if (frames.some((f) => f.url.startsWith('moz-extension:')))
    fromExtension.push(`content script: ${request.url()}`);
}

/** The origin a recorded request went to (the recorder sees only `https://host:port` of a TLS tunnel). */
const hostOf = (recorded: string) => new URL(recorded).host;

/** The hosts the recorder saw from entry `from` on. */
const hostsSince = (from: number, to = recorder.requests.length) =>
  new Set(recorder.requests.slice(from, to).map(hostOf));

/**
 * Navigate and wait for the page's DOM. A frame failing its own load (an embed for a blocked host)
 * can reject the top navigation's promise over BiDi ("Address rejected") though the page loaded,
 * so the page itself is polled instead.
 */
async function open(page: Page, url: string): Promise<void> {
  const navigation = page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  navigation.catch(() => undefined);
  const end = Date.now() + 60_000;
  const ready = (u: string) => location.href === u && document.readyState !== 'loading';
  while (!(await page.evaluate(ready, url).catch(() => false))) {
    if (Date.now() > end) await navigation;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A new tab. Over BiDi, opening one while another closes can fail with a discarded context: try again. */
async function newPage(tries = 3): Promise<Page> {
  try {
    return await browser.newPage();
  } catch (err) {
    if (tries <= 1) throw err;
    await new Promise((r) => setTimeout(r, 200));
    return newPage(tries - 1);
  }
}

async function load(name: string, names: boolean, ours: boolean): Promise<Visit> {
  const page = await newPage();
  const errors: string[] = [];
  let outside = 0;
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  // Some pages call alert(): Firefox waits for an answer, as a reader would be asked.
  page.on('dialog', (d) => void d.dismiss());
  page.on('request', (r) => watch(r, () => outside++));
  try {
    await open(page, `${server.url}/${encodeURIComponent(name)}`);
    return { ...(await inspect(page, ours && names, ours)), errors, outside };
  } finally {
    await page.close();
  }
}

describe('real news pages with and without Backstory (Firefox, a third of them)', () => {
  it.skipIf(pages.length === 0)(
    'leaves every page as it was, adds no error, sends nothing out and opens a card by the first name',
    async () => {
      const before = await pool(pages, TABS, (p) => load(p.name, p.names, false));
      const id = await browser.installExtension(FIREFOX_BUILD);
      const start = recorder.requests.length;
      const withIt = await pool(pages, TABS, (p) => load(p.name, p.names, true));
      const end = recorder.requests.length;
      await browser.uninstallExtension(id);
      const after = await pool(pages, TABS, (p) => load(p.name, p.names, false));
      const without = new Set([...hostsSince(0, start), ...hostsSince(end)]);
      // A host asked for only with Backstory is still the page's when its own tab asked for it (the
      // hover scrolls a lazy image into view); the background page's requests are seen in no tab.
      const added = [...hostsSince(start, end)].filter((h) => !without.has(h) && !tabHosts.has(h));
      const results: PageResult[] = pages.map((p, i) =>
        judge(p.name, [before[i] as Visit, after[i] as Visit], withIt[i] as Visit),
      );
      const cards = withIt.filter((v) => v.card?.card).length;
      report('firefox', table('firefox', results, cards));
      expect(id).toBe(GECKO_ID);
      expect(results.filter((r) => r.domChange).map((r) => `${r.name}: ${r.domChange}`)).toEqual(
        [],
      );
      expect(results.flatMap((r) => r.newErrors.map((e) => `${r.name}: ${e}`))).toEqual([]);
      expect(
        results.filter((r) => r.cardProblem).map((r) => `${r.name}: ${r.cardProblem}`),
      ).toEqual([]);
      const named = results.filter((r, i) => pages[i]?.names);
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((r) => r.painted === 0).map((r) => r.name)).toEqual([]);
      expect(cards).toBe(results.filter((r) => r.painted > 0).length);
      // A page where Backstory painted nothing gets nothing from it: no highlight, no sheet.
      const unpainted = pages.filter((_, i) => withIt[i]?.painted === 0);
      expect(unpainted.length).toBeGreaterThan(0);
      expect(
        unpainted.filter((p) => withIt[pages.indexOf(p)]?.styles !== 0).map((p) => p.name),
      ).toEqual([]);
      // Nothing left the machine: every outside request ended at the recorder (a dead end), no host
      // came from outside the tabs with Backstory that did not come without it, and no tab's request
      // ran through Backstory's code.
      expect(withIt.reduce((n, v) => n + v.outside, 0)).toBeGreaterThan(0);
      expect({ fromExtension, added }).toEqual({ fromExtension: [], added: [] });
    },
    600_000,
  );
});
