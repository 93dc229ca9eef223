import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Request,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchTabErrors } from '../../../scripts/fuzz/extension-errors';
import { chromiumArgs, findChromium } from '../../../scripts/lib/browsers';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import { launchChromium, type ChromiumSession } from '../support/chromium';
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

const pages = realPages();
if (pages.length === 0) console.warn(REAL_PAGES_MISSING);
const TABS = 4;
const VIEWPORT = { width: 1100, height: 800 };
const isLoopback = (url: string) =>
  /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:)/.test(url);

let server: StaticServer;
let plain: Browser;
let plainContext: BrowserContext;
let session: ChromiumSession;
/** Outside requests that Backstory's worker, pages or content script made, and any outside request answered. */
const fromExtension: string[] = [];
const answered: string[] = [];

/** Abort every request that is not for the local server: the pages' own scripts, fonts and trackers. */
async function stayLocal(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => !isLoopback(url.href),
    (route) => route.abort(),
  );
  context.on(
    'requestfinished',
    (r: Request) => void (isLoopback(r.url()) || answered.push(r.url())),
  );
}

beforeAll(async () => {
  if (pages.length === 0) return;
  server = await serveFolder(REAL_PAGES);
  plain = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    headless: true,
    // The same quiet flags as the extension's browser, without the extension.
    args: [
      ...chromiumArgs('').filter((a) => !a.includes('extension')),
      '--no-sandbox',
      '--disable-gpu',
    ],
  });
  plainContext = await plain.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  await stayLocal(plainContext);
  session = await launchChromium();
  await stayLocal(session.context);
  session.context.on('request', (r: Request) => {
    const where = r.serviceWorker() ? 'worker' : r.frame().url();
    if (!isLoopback(r.url()) && (where === 'worker' || where.startsWith('chrome-extension:')))
      fromExtension.push(`${where}: ${r.url()}`);
  });
}, 180_000);

afterAll(async () => {
  await plain?.close();
  await session?.close();
  await server?.close();
});

interface Initiator {
  initiator: { url?: string; stack?: { callFrames: { url: string }[] } };
  request: { url: string };
}

/** Record, in `into`, the tab's outside requests started by Backstory's code (a content script's stack). */
function watchInitiators(cdp: CDPSession, into: string[]): Promise<unknown> {
  cdp.on('Network.requestWillBeSent', ({ initiator, request }: Initiator) => {
    const urls = [initiator.url ?? '', ...(initiator.stack?.callFrames ?? []).map((f) => f.url)];
    if (!isLoopback(request.url) && urls.some((u) => u.startsWith('chrome-extension:')))
      into.push(`content script: ${request.url}`);
  });
  return cdp.send('Network.enable');
}

async function load(context: BrowserContext, name: string, names: boolean, ours: boolean) {
  const page = await context.newPage();
  const errors: string[] = [];
  let outside = 0;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => void (isLoopback(r.url()) || outside++));
  if (ours) {
    const cdp = await watchTabErrors(page, (text) => errors.push(`Backstory: ${text}`));
    await watchInitiators(cdp, fromExtension);
  }
  try {
    await page.goto(`${server.url}/${encodeURIComponent(name)}`, {
      waitUntil: 'domcontentloaded',
      timeout: 60_000,
    });
    const seen = await inspect(page, ours && names, ours);
    return { ...seen, errors, outside } satisfies Visit;
  } finally {
    await page.close();
  }
}

describe('real news pages with and without Backstory (Chromium)', () => {
  it.skipIf(pages.length === 0)(
    'leaves every page as it was, adds no error, sends nothing out and opens a card by the first name',
    async () => {
      // Without, with, without: the two loads without Backstory are a minute apart, so a page that
      // changes with the clock shows it there, not as a change made by Backstory.
      const before = await pool(pages, TABS, (p) => load(plainContext, p.name, p.names, false));
      const withIt = await pool(pages, TABS, (p) => load(session.context, p.name, p.names, true));
      const after = await pool(pages, TABS, (p) => load(plainContext, p.name, p.names, false));
      const results: PageResult[] = pages.map((p, i) =>
        judge(p.name, [before[i] as Visit, after[i] as Visit], withIt[i] as Visit),
      );
      const cards = withIt.filter((v) => v.card?.card).length;
      report('chromium', table('chromium', results, cards));
      expect(results.filter((r) => r.domChange).map((r) => `${r.name}: ${r.domChange}`)).toEqual(
        [],
      );
      expect(results.flatMap((r) => r.newErrors.map((e) => `${r.name}: ${e}`))).toEqual([]);
      expect(
        results.filter((r) => r.cardProblem).map((r) => `${r.name}: ${r.cardProblem}`),
      ).toEqual([]);
      // Pages the shared matcher says name someone are painted, and each painted page opened its card.
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
      // Nothing left the machine: every outside request was stopped, and Backstory made none.
      expect(withIt.reduce((n, v) => n + v.outside, 0)).toBeGreaterThan(0);
      expect({ fromExtension, answered }).toEqual({ fromExtension: [], answered: [] });
    },
    600_000,
  );
});
