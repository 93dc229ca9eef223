import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { readHighlights } from '../support/page-probes';
import { extensionCalls } from '../support/extension-calls';

/**
 * Chromium stops an idle service worker, and the next page wakes it. The woken
 * worker matches from the copy of its tables it keeps for the browser's
 * session, and that copy never outlives a change: a name learned or forgotten
 * before the stop is what the woken worker matches with.
 */
let session: ChromiumSession;
let ext: Page;
const { call, tabIdOf } = extensionCalls(() => ext);

interface LastLoad {
  compiled: boolean;
  fromCopy: boolean;
}

beforeAll(async () => {
  session = await launchChromium();
  ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
});

afterAll(async () => {
  await session?.close();
});

const extensionWorkers = () =>
  session.context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension:'));

/**
 * Stop the worker as Chromium does when it is idle, and rest 3 s (IndexedDB's files close 2 s after
 * the last connection), then open `name`: the page wakes a new worker. Resolves with the page and it.
 */
async function wakeOn(name: string): Promise<{ page: Page; worker: Worker }> {
  for (const w of extensionWorkers())
    await w.evaluate(() => Object.assign(globalThis, { stoppedByTest: true })).catch(() => null);
  const blank = await session.context.newPage();
  const cdp = await session.context.newCDPSession(blank);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await blank.close();
  await new Promise((r) => setTimeout(r, 3000));
  const page = await session.context.newPage();
  await page.goto(`${session.pages.url}/corpus-growth/${name}`);
  // The new worker is the one without the mark the stopped one carried.
  let worker: Worker | null = null;
  await expect
    .poll(
      async () => {
        for (const w of extensionWorkers()) {
          const fresh = await w.evaluate(() => !('stoppedByTest' in globalThis)).catch(() => false);
          if (fresh) worker = w;
        }
        return worker !== null;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return { page, worker: worker as unknown as Worker };
}

/** The woken worker's matcher load, once it has one. */
async function lastLoad(worker: Worker): Promise<LastLoad> {
  let load: LastLoad | null = null;
  await expect
    .poll(async () => {
      load = await worker.evaluate(
        () =>
          (globalThis as unknown as { backstoryPageMatcher?: { lastLoad: LastLoad | null } })
            .backstoryPageMatcher?.lastLoad ?? null,
      );
      return load;
    })
    .not.toBeNull();
  return load as unknown as LastLoad;
}

/** Whether the worker has loaded the rest of the background (lib/background/rest-loader.ts). */
const restLoaded = () => 'backstoryStartRest' in globalThis;

const names = async (page: Page) => (await page.evaluate(readHighlights)).map((h) => h.text);

describe('a woken service worker (Chromium)', () => {
  let clippedId = '';

  it('matches the page that woke it from its session copy of the tables', async () => {
    // The first page loads the tables from IndexedDB and the worker copies them.
    const first = await session.context.newPage();
    await first.goto(`${session.pages.url}/corpus-growth/names-new-leader.html`);
    await expect.poll(() => names(first), { timeout: 15_000 }).toContain('Lương Cường');
    await first.close();
    await new Promise((r) => setTimeout(r, 500));
    const { page, worker } = await wakeOn('names-new-leader.html');
    await expect.poll(() => names(page), { timeout: 15_000 }).toContain('Lương Cường');
    expect(await lastLoad(worker)).toMatchObject({ compiled: false, fromCopy: true });
    // Matching loaded nothing more: the rest of the background comes with the first call that needs
    // the corpus store, imported from the copy installed with the worker.
    expect(await worker.evaluate(restLoaded)).toBe(false);
    const { hits } = await call('search', { query: 'Luong Cuong' });
    expect(hits.length).toBeGreaterThan(0);
    expect(await worker.evaluate(restLoaded)).toBe(true);
    await page.close();
  });

  it('matches a name learned before the stop (the copy went with the change)', async () => {
    const article = await session.context.newPage();
    await article.goto(`${session.pages.url}/corpus-growth/article-new-leader.html`);
    const outcome = await call('clipTab', { tabId: await tabIdOf(article.url()) });
    await article.close();
    expect(outcome.status).toBe('added');
    if (outcome.status === 'added') clippedId = outcome.article.id;
    const { page, worker } = await wakeOn('names-new-leader.html');
    await expect.poll(() => names(page), { timeout: 15_000 }).toContain('Phạm Minh Chính');
    expect((await lastLoad(worker)).fromCopy).toBe(false);
    await page.close();
  });

  it('no longer matches a name forgotten before the stop', async () => {
    expect((await call('deleteReaderArticle', { id: clippedId })).removed).not.toBeNull();
    const { page } = await wakeOn('names-new-leader.html');
    await expect.poll(() => names(page), { timeout: 15_000 }).toContain('Lương Cường');
    expect(await names(page)).not.toContain('Phạm Minh Chính');
    await page.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
