import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Storage } from 'webextension-polyfill';
import { BackstoryDatabase } from '../../../../lib/background/db/database';
import { ensureCorpus, forgetVerified } from '../../../../lib/background/db/load-bundle';
import { createPageMatcher } from '../../../../lib/background/page-matcher';
import { sessionTablesCopy } from '../../../../lib/background/tables-copy';
import { compileMatcher } from '../../../../lib/shared/match/compile';
import { tablesFromText, tablesToText } from '../../../../lib/shared/match/packed-tables';
import { makeBundle } from '../../fixtures/corpus-bundle';
import { freshDatabase } from './db/db-helpers';

const area = () => fakeBrowser.storage.session as unknown as Storage.StorageArea;
const KEY = 'backstory:matcher-tables';
const dbs: BackstoryDatabase[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/** A store with the corpus (and its tables) written, closed again as a stopped worker leaves it. */
async function storedCorpus() {
  const db = freshDatabase();
  dbs.push(db);
  await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
  db.close();
  return new BackstoryDatabase(db.name);
}

const settle = () => new Promise((r) => setTimeout(r, 20));

/** A stored corpus, and a matcher that has loaded it and written the session's copy. */
async function copied() {
  const db = await storedCorpus();
  const copy = sessionTablesCopy(area());
  const pm = createPageMatcher({ db, expectedVersion: 'v1', ensureCorpus: async () => 0, copy });
  await pm.get();
  await settle();
  expect(await copy.read('v1')).not.toBeNull();
  return { db, copy, pm };
}

describe('the tables as text', () => {
  it('come back as the same tables, and as null when damaged', () => {
    const t = compileMatcher(makeBundle('v1').entities, 'v1');
    const back = tablesFromText(JSON.parse(JSON.stringify(tablesToText(t))));
    expect(back?.source).toBe('v1');
    expect(Array.from(back?.trieNodes ?? [])).toEqual(Array.from(t.trieNodes));
    expect(Array.from(back?.strings.bytes ?? [])).toEqual(Array.from(t.strings.bytes));
    const text = tablesToText(t);
    expect(tablesFromText({ ...text, base64: text.base64.slice(0, 40) })).toBeNull();
    expect(tablesFromText({ ...text, base64: '%%%' })).toBeNull();
    expect(tablesFromText(null)).toBeNull();
  });
});

describe("the session's copy of the tables", () => {
  it('is written after a read from the store, and a woken matcher reads it instead of the store', async () => {
    const db = await storedCorpus();
    const copy = sessionTablesCopy(area());
    const first = createPageMatcher({
      db,
      expectedVersion: 'v1',
      ensureCorpus: async () => 0,
      copy,
    });
    await first.get();
    expect(first.lastLoad?.fromCopy).toBe(false);
    await settle();
    expect(await copy.read('v1')).not.toBeNull();
    db.close();

    const woken = new BackstoryDatabase(db.name);
    const second = createPageMatcher({
      db: woken,
      expectedVersion: 'v1',
      ensureCorpus: async () => 0,
      copy,
    });
    const m = await second.get();
    expect(m.findMentions('Donald Trump spoke.').map((x) => x.entityId)).toEqual(['donald-trump']);
    expect(second.lastLoad?.fromCopy).toBe(true);
    expect(second.lastLoad?.openMs).toBe(0);
  });

  it('from another corpus version, or damaged, is passed over for the store', async () => {
    const db = await storedCorpus();
    const copy = sessionTablesCopy(area());
    const t = compileMatcher(makeBundle('v0').entities, 'v0');
    await copy.write({ corpus: t, reader: compileMatcher([], 'v0') });
    expect(await copy.read('v1')).toBeNull();
    const pm = createPageMatcher({ db, expectedVersion: 'v1', ensureCorpus: async () => 0, copy });
    expect((await pm.get()).entity('donald-trump')).toBeDefined();
    expect(pm.lastLoad?.fromCopy).toBe(false);
    await fakeBrowser.storage.session.set({ [KEY]: { corpus: 'nonsense' } });
    expect(await copy.read('v1')).toBeNull();
  });

  it('is dropped when the tables change, and a load that began before the change does not copy', async () => {
    const { copy, pm } = await copied();
    pm.invalidate();
    await settle();
    expect(await copy.read('v1')).toBeNull();

    const loading = pm.get();
    pm.invalidate();
    await loading;
    await settle();
    expect(await copy.read('v1')).toBeNull();
  });

  it('is dropped when a corpus load writes the store again (a repair, a deleted store)', async () => {
    const { db, copy, pm } = await copied();
    await db.meta.delete('corpus');
    forgetVerified(db);
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    await settle();
    expect(await copy.read('v1')).toBeNull();
    // The next load reads the store, and copies it again.
    expect((await pm.get()).entity('donald-trump')).toBeDefined();
    expect(pm.lastLoad?.fromCopy).toBe(false);
    await settle();
    expect(await copy.read('v1')).not.toBeNull();
  });
});
