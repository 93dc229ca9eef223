import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageMatcher } from '../../../../lib/background/page-matcher';
import { BackstoryDatabase } from '../../../../lib/background/db/database';
import { storedTables } from '../../../../lib/background/db/matcher-tables';
import { ensureCorpus } from '../../../../lib/background/db/load-bundle';
import { compileMatcher } from '../../../../lib/shared/match/compile';
import { makeBundle } from '../../fixtures/corpus-bundle';
import { freshDatabase } from './db/db-helpers';

const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

function setup() {
  const db = freshDatabase();
  dbs.push(db);
  const bundle = makeBundle('v1');
  const load = vi.fn(async () => ensureCorpus(db, 'v1', async () => bundle));
  return { db, bundle, load };
}

describe('page matcher', () => {
  it('matches from the tables stored with the corpus, without compiling', async () => {
    const { db, load } = setup();
    await load();
    const pm = createPageMatcher({ db, expectedVersion: 'v1', ensureCorpus: load });
    const m = await pm.get();
    expect(m.findMentions('Donald Trump spoke.').map((x) => x.entityId)).toEqual(['donald-trump']);
    expect(pm.lastLoad?.compiled).toBe(false);
  });

  it('a woken background reads the stored tables without opening the store through Dexie', async () => {
    const { db, load } = setup();
    await load();
    db.close();
    const woken = new BackstoryDatabase(db.name);
    const pm = createPageMatcher({ db: woken, expectedVersion: 'v1', ensureCorpus: load });
    const m = await pm.get();
    expect(m.findMentions('Lương Cường met Donald Trump.').map((x) => x.entityId)).toEqual([
      'luong-cuong',
      'donald-trump',
    ]);
    expect(pm.lastLoad?.compiled).toBe(false);
    expect(woken.isOpen()).toBe(false);
    // Its connection is closed after the read: Dexie opens (and could upgrade) the store at once.
    await woken.open();
    expect(await woken.matcherTables.count()).toBe(2);
    woken.close();
  });

  it('reading the tables of a store that does not exist yet makes no store behind Dexie', async () => {
    const db = freshDatabase();
    dbs.push(db);
    expect(await storedTables(db, 'v1')).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name);
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    expect(await storedTables(db, 'v1')).not.toBeNull();
  });

  it('loads the corpus first when the store has none, and its tables come with it', async () => {
    const { db, load } = setup();
    const pm = createPageMatcher({ db, expectedVersion: 'v1', ensureCorpus: load });
    expect((await pm.get()).entity('luong-cuong')?.name).toBe('Lương Cường');
    expect(load).toHaveBeenCalledTimes(1);
    // Both layers, the corpus's and the reader's (empty here).
    expect((await db.matcherTables.toArray()).map((r) => r.key).sort()).toEqual([
      'matcher',
      'reader-names',
    ]);
  });

  it('matches with tables from the bundle while a fresh store is still being written', async () => {
    const { db, bundle } = setup();
    let finish = (): void => undefined;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const pm = createPageMatcher({
      db,
      expectedVersion: 'v1',
      ensureCorpus: () => slow,
      bundleTables: async () => compileMatcher(bundle.entities, bundle.version),
    });
    expect((await pm.get()).entity('donald-trump')).toBeDefined();
    expect(pm.lastLoad?.compiled).toBe(true);
    finish();
    // Once the store is written, its tables are read and kept without a page asking.
    await vi.waitFor(() => expect(pm.lastLoad?.compiled).toBe(false));
  });

  it('compiles again when the stored tables are damaged or from another corpus', async () => {
    const { db, load } = setup();
    await load();
    const stored = await db.matcherTables.get('matcher');
    if (!stored) throw new Error('no tables stored');
    const cut = { ...stored.packed, buffer: stored.packed.buffer.slice(0, 64) };
    await db.matcherTables.put({ key: 'matcher', packed: cut });
    const pm = createPageMatcher({ db, expectedVersion: 'v1', ensureCorpus: load });
    expect((await pm.get()).entity('donald-trump')).toBeDefined();
    expect(pm.lastLoad?.compiled).toBe(true);
    const other = createPageMatcher({
      db,
      expectedVersion: 'v2',
      ensureCorpus: async () => undefined,
    });
    await other.get();
    expect((await db.matcherTables.get('matcher'))?.packed.source).toBe('v2');
    expect((await db.matcherTables.get('reader-names'))?.packed.source).toBe('v2');
  });

  it('compiles tables for a current corpus whose tables are missing, while the bundle’s serve', async () => {
    const { db, bundle, load } = setup();
    await load();
    // A store from before the reader's names had a layer of their own: one row, no 'reader-names'.
    await db.matcherTables.delete('reader-names');
    const pm = createPageMatcher({
      db,
      expectedVersion: 'v1',
      ensureCorpus: load,
      bundleTables: async () => compileMatcher(bundle.entities, bundle.version),
    });
    expect((await pm.get()).entity('donald-trump')).toBeDefined();
    await vi.waitFor(async () => expect(await db.matcherTables.get('reader-names')).toBeDefined());
    await vi.waitFor(async () => {
      await pm.get();
      expect(pm.lastLoad?.compiled).toBe(false);
    });
  });

  it('shares one load between callers, and loads again after invalidate', async () => {
    const { db, load } = setup();
    await load();
    const pm = createPageMatcher({ db, expectedVersion: 'v1', ensureCorpus: load });
    const [a, b] = await Promise.all([pm.get(), pm.get()]);
    expect(a).toBe(b);
    pm.invalidate();
    expect(await pm.get()).not.toBe(a);
  });
});
