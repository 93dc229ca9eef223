import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callBackground,
  launchFirefox,
  openExtensionPage,
  pollPage,
  type FirefoxSession,
} from '../support/firefox';
import { eventually, garbageRows, MARK_STORED_CORPUS_OLDER, rawDatabaseScript } from './support';

let session: FirefoxSession;
/** The popup: an extension page, same origin (and so same IndexedDB) as the background page. */
let ext: Page;

interface Reply<T> {
  ok: boolean;
  value: T;
}
type Related = { entity: { name: { en: string } } | null; articles: Array<{ id: string }> };
type Hits = { hits: Array<{ id: string; title: string }> };

const related = async () =>
  (await callBackground(ext, 'relatedArticles', { entityId: 'luong-cuong' })) as Reply<Related>;
const search = async () =>
  (await callBackground(ext, 'search', { query: 'luong cuong' })) as Reply<Hits>;

/** Run `body` against Backstory's IndexedDB database, raw (no Dexie), in the extension page. */
function inDatabase(body: string): Promise<unknown> {
  return ext.evaluate(rawDatabaseScript(body));
}

let before: { related: Related; search: Hits };

beforeAll(async () => {
  session = await launchFirefox();
  ext = await openExtensionPage(session.browser, 'popup.html');
  const r = await eventually(async () => ((await related()).ok ? related() : null));
  before = { related: r.value, search: (await search()).value };
  expect(before.related.articles.length).toBeGreaterThan(0);
  expect(before.search.hits.length).toBeGreaterThan(0);
});

afterAll(async () => {
  await session?.close();
});

describe('the stored corpus, damaged while Backstory runs (Firefox)', () => {
  it('rebuilds a database deleted under it and answers the next card and search correctly', async () => {
    const outcome = await ext.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const r = indexedDB.deleteDatabase('backstory');
          r.onsuccess = () => resolve('deleted');
          r.onerror = () => resolve(`error: ${String(r.error)}`);
        }),
    );
    expect(outcome).toBe('deleted');
    expect(
      await ext.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
    ).toEqual([]);
    expect((await related()).value).toEqual(before.related);
    expect((await search()).value).toEqual(before.search);
  });

  it('repairs garbage written over rows (same row counts) and answers correctly', async () => {
    await inDatabase(garbageRows(before.related.articles[0]!.id));
    const stored = await inDatabase(`
      const q = db.transaction('entities').objectStore('entities').get('luong-cuong');
      return await new Promise((r) => { q.onsuccess = () => r(q.result); });
    `);
    expect(stored).toEqual({ id: 'luong-cuong', name: 42, kind: null });
    expect((await related()).value).toEqual(before.related);
    expect((await search()).value).toEqual(before.search);
  });

  it('reports a quota failure in the popup, keeps the previous corpus whole, and recovers', async () => {
    // As after an update to a new corpus version: the stored one is older, so a load starts…
    await inDatabase(MARK_STORED_CORPUS_OLDER);
    // …and the disk is full: the background page's own IndexedDB refuses every write.
    await ext.evaluate(setBackgroundQuotaFull, true);
    const popup = await openExtensionPage(session.browser, 'popup.html');
    await pollPage(popup, () =>
      /storage space/i.test(document.querySelector('.bs-corpus')?.textContent ?? ''),
    );
    // Nothing half-written: the previous corpus answers as before.
    expect(await search()).toEqual({ ok: true, value: before.search });
    expect((await related()).value).toEqual(before.related);
    await popup.close();

    await ext.evaluate(setBackgroundQuotaFull, false);
    expect((await search()).value).toEqual(before.search);
    const again = await openExtensionPage(session.browser, 'popup.html');
    const footer = await pollPage(again, () => {
      const text = document.querySelector('.bs-corpus')?.textContent ?? '';
      return /\d/.test(text) ? text : null;
    });
    expect(footer).not.toMatch(/storage space/i);
    await again.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});

/**
 * Runs in an extension page: makes every `put`/`add` in the background
 * page's IndexedDB throw QuotaExceededError (`full`), or restores them.
 */
async function setBackgroundQuotaFull(full: boolean): Promise<void> {
  type Ext = { runtime: { getBackgroundPage(): Promise<Window> } };
  const background = await (
    globalThis as unknown as { browser: Ext }
  ).browser.runtime.getBackgroundPage();
  const scope = background as unknown as {
    IDBObjectStore: { prototype: Record<string, unknown> };
    DOMException: typeof DOMException;
    realWrites?: [unknown, unknown];
  };
  const proto = scope.IDBObjectStore.prototype;
  if (full) {
    scope.realWrites ??= [proto.put, proto.add];
    const quota = () => {
      throw new scope.DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    proto.put = quota;
    proto.add = quota;
  } else if (scope.realWrites) {
    [proto.put, proto.add] = scope.realWrites;
  }
}
