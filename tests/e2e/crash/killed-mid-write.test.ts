import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importItem, writeImportFile } from '../../../scripts/bench/import-run';
import { readBuiltBundle } from '../support/bundle';
import {
  callFrom,
  eventually,
  MARK_STORED_CORPUS_OLDER,
  rawDatabaseScript,
} from '../reliability/support';
import { startKillable, type KillableChromium } from './killable-chromium';

const bundle = readBuiltBundle();
const profile = mkdtempSync(join(tmpdir(), 'backstory-killed-'));
let chromium: KillableChromium;
let ext: Page;
/** The reader's articles before anything was killed. */
let before: string[];

type Reply<T> = { ok: boolean; value: T };
const readerIds = async () =>
  (
    (await callFrom(ext, 'readerArticles', {})) as Reply<{ articles: { id: string }[] }>
  ).value.articles
    .map((a) => a.id)
    .sort();

async function start(): Promise<void> {
  chromium = await startKillable(profile);
  ext = await chromium.context.newPage();
  await ext.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
}

/** Import `items` through the background calls, as the options page does. */
async function importItems(importId: string, items: unknown[]): Promise<void> {
  await callFrom(ext, 'importBegin', { importId, total: items.length, source: 'before.json' });
  await callFrom(ext, 'importChunk', { importId, items });
  await eventually(async () => {
    const r = (await callFrom(ext, 'importCommit', { importId })) as Reply<{ state: string }>;
    return r.ok && r.value.state === 'done';
  });
}

/**
 * Runs in the service worker: the first `put` into `store` of a row from `origin` keeps its
 * transaction busy from then on (a request whose answer asks again), so it never commits and the
 * browser can be killed while it is being written. Returns nothing; `self.__held` turns true.
 */
function holdNextWrite([store, origin]: [string, string]): void {
  const scope = self as unknown as { __held?: boolean };
  const proto = IDBObjectStore.prototype;
  const put = proto.put;
  scope.__held = false;
  proto.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const request = key === undefined ? put.call(this, value) : put.call(this, value, key);
    if (!scope.__held && this.name === store && (value as { origin?: string })?.origin === origin) {
      scope.__held = true;
      const again = () => void (this.count().onsuccess = again);
      again();
    }
    return request;
  };
}

/** Kill the browser once the held write has begun, then start it again on the same profile. */
async function killWhenHeld(): Promise<void> {
  await eventually(
    () => chromium.worker.evaluate(() => (self as { __held?: boolean }).__held),
    60_000,
  );
  await chromium.kill();
  await start();
}

/** The corpus in the store is the built bundle, whole, and answers a card and a search. */
async function expectCorpusWholeAndCurrent(): Promise<void> {
  const info = await eventually(async () => {
    const r = (await callFrom(ext, 'corpusInfo', {})) as Reply<{
      version: string;
      loading: boolean;
    }>;
    return r.ok && !r.value.loading && r.value.version === bundle.version ? r.value : null;
  }, 60_000);
  expect(info.version).toBe(bundle.version);
  const counts = await chromium.worker.evaluate(
    rawDatabaseScript(`
      const count = (store, origin) => new Promise((r) => {
        const s = db.transaction(store).objectStore(store);
        const q = origin ? s.index('origin').count(origin) : s.count();
        q.onsuccess = () => r(q.result);
      });
      return { bundled: await count('articles', 'bundled'), entities: await count('entities') };`),
  );
  expect(counts).toEqual({ bundled: bundle.articles.length, entities: bundle.entities.length });
  const related = (await callFrom(ext, 'relatedArticles', { entityId: 'luong-cuong' })) as Reply<{
    articles: unknown[];
  }>;
  expect(related.value.articles.length).toBeGreaterThan(0);
}

beforeAll(async () => {
  await start();
  await expectCorpusWholeAndCurrent();
  await importItems(
    'before',
    [1, 2, 3].map((n) => importItem(100_000 + n)),
  );
  before = await readerIds();
  expect(before).toHaveLength(3);
}, 180_000);

afterAll(async () => {
  await chromium?.kill();
  rmSync(profile, { recursive: true, force: true });
});

describe('Chromium killed (SIGKILL) while Backstory writes', () => {
  it('keeps the corpus whole and current when killed while a corpus update is being written', async () => {
    await chromium.worker.evaluate(rawDatabaseScript(MARK_STORED_CORPUS_OLDER));
    await chromium.worker.evaluate(holdNextWrite, ['articles', 'bundled'] as [string, string]);
    void callFrom(ext, 'corpusInfo', {}).catch(() => undefined); // starts the update
    await killWhenHeld();
    await expectCorpusWholeAndCurrent();
    expect(await readerIds()).toEqual(before);
  }, 240_000);

  it('keeps all or none of an import of 10,000 killed while being written, and the options page says so', async () => {
    const file = writeImportFile(10_000);
    try {
      const options = await chromium.context.newPage();
      await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
      await chromium.worker.evaluate(holdNextWrite, ['articles', 'reader'] as [string, string]);
      await options.locator('.bs-ra-pick input[accept]').setInputFiles(file.path);
      await killWhenHeld();
    } finally {
      file.remove();
    }
    await expectCorpusWholeAndCurrent();
    const after = await readerIds();
    // The articles from before, and either none of the import or all of it: never a part.
    expect([before.length, before.length + 10_000]).toContain(after.length);
    expect(after.filter((id) => before.includes(id))).toEqual(before);
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    const note = await eventually(async () => options.locator('.bs-ra-notes').innerText(), 20_000);
    expect(note).toMatch(
      /^The import of 10,000 articles from backstory-10000\.json \(started .+\) did not finish: the browser or Backstory stopped while it ran\. Nothing from it was kept; import the file again\.$/,
    );
  }, 240_000);
});
