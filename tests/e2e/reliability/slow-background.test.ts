import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { clickInCard, evaluateInCard } from '../support/card-root';
import { centreOfText } from '../support/page-probes';
import { cardState, eventually, hoverUntilCard } from './support';

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
});

describe('a background that does not answer in time', () => {
  it('gives the card a clear error with "try again", which works once the background answers', async () => {
    // Make the next corpus load take 8 s (longer than the card waits): as a reload after an update would.
    await session.serviceWorker.evaluate(async () => {
      const g = globalThis as unknown as { fetch: typeof fetch; indexedDB: IDBFactory };
      const realFetch = g.fetch.bind(g);
      g.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        new Promise((resolve) => setTimeout(() => resolve(realFetch(input, init)), 8000));
      await new Promise<void>((resolve) => {
        const r = g.indexedDB.deleteDatabase('backstory');
        r.onsuccess = r.onerror = () => resolve();
      });
    });
    const page = await session.context.newPage();
    await page.goto(`${session.demo.url}/news.html`);
    const point = await eventually(() =>
      page.evaluate(centreOfText, ['p-lead', 'Lương Cường'] as [string, string]),
    );
    await hoverUntilCard(page, point);
    const loading = await eventually(() => evaluateInCard(page, cardState));
    expect(loading.status).not.toBe('');
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

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
