import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import {
  callFrom,
  eventually,
  extensionPage,
  garbageRows,
  MARK_STORED_CORPUS_OLDER,
  rawDatabaseScript,
} from './support';

let session: ChromiumSession;
let ext: Page;

interface Reply<T> {
  ok: boolean;
  value: T;
  error?: { code: string; message: string };
}
type Related = { entity: { name: { en: string } } | null; articles: Array<{ id: string }> };
type Hits = { hits: Array<{ id: string; title: string }> };

const related = async () =>
  (await callFrom(ext, 'relatedArticles', { entityId: 'luong-cuong' })) as Reply<Related>;
const search = async () => (await callFrom(ext, 'search', { query: 'luong cuong' })) as Reply<Hits>;

/** Run `body` against the background's IndexedDB database, raw (no Dexie), in the service worker. */
function inDatabase(body: string): Promise<unknown> {
  return session.serviceWorker.evaluate(rawDatabaseScript(body));
}

let before: { related: Related; search: Hits };

beforeAll(async () => {
  session = await launchChromium();
  ext = await extensionPage(session);
  const r = await eventually(async () => ((await related()).ok ? related() : null));
  before = { related: r.value, search: (await search()).value };
  expect(before.related.articles.length).toBeGreaterThan(0);
  expect(before.search.hits.length).toBeGreaterThan(0);
});

afterAll(async () => {
  await session?.close();
});

describe('the stored corpus, damaged while Backstory runs', () => {
  it('rebuilds a database deleted under it and answers the next card and search correctly', async () => {
    await session.serviceWorker.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const r = indexedDB.deleteDatabase('backstory');
          r.onsuccess = r.onerror = () => resolve();
        }),
    );
    expect((await related()).value).toEqual(before.related);
    expect((await search()).value).toEqual(before.search);
  });

  it('repairs garbage written over rows (same row counts) and answers correctly', async () => {
    await inDatabase(garbageRows(before.related.articles[0]!.id));
    expect((await related()).value).toEqual(before.related);
    expect((await search()).value).toEqual(before.search);
  });

  it('reports a quota failure in the popup, keeps the previous corpus whole, and recovers', async () => {
    // As after an update to a new corpus version: the stored one is older, so a load starts…
    await inDatabase(MARK_STORED_CORPUS_OLDER);
    // …and the disk is full.
    await session.serviceWorker.evaluate(() => {
      const quota = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      (globalThis as unknown as { realPut: unknown }).realPut = proto.put;
      (globalThis as unknown as { realAdd: unknown }).realAdd = proto.add;
      proto.put = quota;
      proto.add = quota;
    });
    const popup = await extensionPage(session);
    const footer = popup.locator('.bs-corpus');
    await eventually(async () => /storage space/i.test(await footer.innerText()));
    // Nothing half-written: the previous corpus answers as before.
    expect(await search()).toEqual({ ok: true, value: before.search });
    expect((await related()).value).toEqual(before.related);
    await popup.close();

    await session.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as { realPut: unknown; realAdd: unknown };
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      proto.put = g.realPut;
      proto.add = g.realAdd;
    });
    expect((await search()).value).toEqual(before.search);
    const again = await extensionPage(session);
    await eventually(async () => /\d/.test(await again.locator('.bs-corpus').innerText()));
    expect(await again.locator('.bs-corpus').innerText()).not.toMatch(/storage space/i);
    await again.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
