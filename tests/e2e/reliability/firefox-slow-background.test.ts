import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, evaluateInCard } from '../support/card-root';
import { launchFirefox, openExtensionPage, type FirefoxSession } from '../support/firefox';
import { centreOfText } from '../support/page-probes';
import { cardState, eventually, hoverUntilCard } from './support';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
});

/**
 * Runs in an extension page: the background page's next corpus load takes 8 s (longer than the card
 * waits), as a reload after an update would, and its database is gone so that a load must happen.
 */
async function slowBackgroundLoad(): Promise<void> {
  type Ext = { runtime: { getBackgroundPage(): Promise<Window> } };
  const background = (await (
    globalThis as unknown as { browser: Ext }
  ).browser.runtime.getBackgroundPage()) as unknown as {
    fetch: typeof fetch;
    indexedDB: IDBFactory;
  };
  const realFetch = background.fetch.bind(background);
  background.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise((resolve) => setTimeout(() => resolve(realFetch(input, init)), 8000));
  await new Promise<void>((resolve) => {
    const r = background.indexedDB.deleteDatabase('backstory');
    r.onsuccess = r.onerror = () => resolve();
  });
}

describe('a background page that does not answer in time (Firefox)', () => {
  it('gives the card a clear error with "try again", which works once the background answers', async () => {
    const ext = await openExtensionPage(session.browser, 'popup.html');
    await eventually(async () => (await ext.evaluate(() => document.readyState)) === 'complete');
    // The slow fetch is made in this page's realm: it stays open until the end (closed, it would be a dead object).
    await ext.evaluate(slowBackgroundLoad);
    const page = await session.browser.newPage();
    await page.goto(`${session.demo.url}/news.html`);
    const point = await eventually(() =>
      page.evaluate(centreOfText, ['p-lead', 'Lương Cường'] as [string, string]),
    );
    await hoverUntilCard(page, point);
    // The card's first state that says anything (its frame can paint a moment before its status line).
    const loading = await eventually(async () => {
      const s = await evaluateInCard(page, cardState);
      return s && (s.status || s.alert || s.rows) ? s : null;
    });
    expect(loading.status).not.toBe('');
    const failed = await eventually(async () => {
      const s = await evaluateInCard(page, cardState);
      return s?.alert ? s : null;
    }, 12_000);
    expect(failed.rows).toBe(0);
    expect(
      await evaluateInCard(page, (root) => root.querySelectorAll('[role="alert"] button').length),
    ).toBe(1);
    // The slow load finishes; "try again" now brings the articles.
    await new Promise((r) => setTimeout(r, 4000));
    await clickInCard(page, '[role="alert"] button');
    const ready = await eventually(async () => {
      const s = await evaluateInCard(page, cardState);
      return s && s.rows > 0 ? s : null;
    });
    expect(ready.alert).toBe('');
    await page.close();
    await ext.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
