import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { clickInCard, evaluateInCard } from '../support/card-root';
import { centreOfText, readHighlights } from '../support/page-probes';
import { cardState, eventually, hoverUntilCard } from './support';

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
});

/**
 * Runs in the service worker, warm: from now on its corpus loads take `ms` (its fetch of the bundle
 * waits that long), as a reload after an update would.
 */
async function slowLoads(ms: number): Promise<void> {
  const g = globalThis as unknown as {
    fetch: typeof fetch;
    backstoryPageMatcher: { get(): Promise<unknown>; lastLoad: { compiled: boolean } | null };
  };
  // Warm means read from the stored corpus: a matcher made from the bundle while the first load is
  // still writing is replaced once that load is done.
  for (let tries = 0; ; tries++) {
    await g.backstoryPageMatcher.get();
    if (g.backstoryPageMatcher.lastLoad?.compiled === false) break;
    if (tries > 100) throw new Error('the matcher never loaded from storage');
    await new Promise((r) => setTimeout(r, 100));
  }
  const realFetch = g.fetch.bind(g);
  g.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise((resolve) => setTimeout(() => resolve(realFetch(input, init)), ms));
}

/**
 * Runs in the service worker: its database is deleted, so the next call that needs the corpus waits
 * for a load. With `cold`, the matcher it holds is forgotten too, so that pages wait for that load.
 */
async function dropStore(cold: boolean): Promise<void> {
  const g = globalThis as unknown as {
    indexedDB: IDBFactory;
    backstoryPageMatcher: { invalidate(): void };
  };
  await new Promise<void>((resolve) => {
    const r = g.indexedDB.deleteDatabase('backstory');
    r.onsuccess = r.onerror = () => resolve();
  });
  if (cold) g.backstoryPageMatcher.invalidate();
}

describe('a background that does not answer in time', () => {
  it('gives the card a clear error with "try again", which works once the background answers', async () => {
    // The page is matched by the warm matcher; then the store goes, and the card's articles wait for
    // an 8 s load (longer than the card waits), which begins with the card's call.
    await session.serviceWorker.evaluate(slowLoads, 8000);
    const page = await session.context.newPage();
    await page.goto(`${session.demo.url}/news.html`);
    const point = await eventually(() =>
      page.evaluate(centreOfText, ['p-lead', 'Lương Cường'] as [string, string]),
    );
    await session.serviceWorker.evaluate(dropStore, false);
    await hoverUntilCard(page, point);
    // The card says it is loading (its status comes a moment after the card itself).
    const loading = await eventually(async () => {
      const s = await evaluateInCard(page, cardState);
      return s?.status || s?.alert ? s : null;
    });
    expect(loading.status).not.toBe('');
    expect(loading.alert).toBe('');
    const failed = await eventually(async () => {
      const s = await evaluateInCard(page, cardState);
      return s?.alert ? s : null;
    }, 12_000);
    expect(failed.rows).toBe(0);
    const retries = await evaluateInCard(
      page,
      (root) => root.querySelectorAll('[role="alert"] button').length,
    );
    expect(retries).toBe(1);
    // The slow load finishes; "try again" now brings the articles.
    await page.waitForTimeout(4000);
    await clickInCard(page, '[role="alert"] button');
    const ready = await eventually(async () => {
      const s = await evaluateInCard(page, cardState);
      return s && s.rows > 0 ? s : null;
    });
    expect(ready.alert).toBe('');
    await page.close();
  });

  it('leaves a page unhighlighted while the background cannot match, and highlights it on its next change', async () => {
    // Longer than the page waits for an answer (10 s): the page gives up and waits for a change.
    await session.serviceWorker.evaluate(slowLoads, 14_000);
    await session.serviceWorker.evaluate(dropStore, true);
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${session.demo.url}/news.html`);
    await page.waitForTimeout(11_000);
    expect(await page.evaluate(readHighlights)).toEqual([]);
    await session.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { backstoryPageMatcher: { get(): Promise<unknown> } }
      ).backstoryPageMatcher.get(),
    );
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later, Tô Lâm spoke.';
      document.body.append(p);
    });
    const names = await eventually(async () => {
      const found = (await page.evaluate(readHighlights)).map((h) => h.text);
      return found.includes('Tô Lâm') && found.includes('Lương Cường') ? found : null;
    }, 15_000);
    expect(names.length).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
