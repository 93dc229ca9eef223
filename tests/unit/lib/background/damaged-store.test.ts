import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps } from '../../../../lib/background/handlers';
import type { BackstoryDatabase } from '../../../../lib/background/db/database';
import { makeBundle } from '../../fixtures/corpus-bundle';
import { freshDatabase } from './db/db-helpers';

const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

function setup() {
  const db = freshDatabase();
  dbs.push(db);
  const loadBundle = vi.fn(async () => makeBundle('v1'));
  const deps: BackgroundDeps = {
    db,
    expectedVersion: 'v1',
    loadBundle,
    openReader: vi.fn(async () => true),
  };
  return { db, loadBundle, handlers: createBackgroundHandlers(deps) };
}

/** Garbage that keeps every row count: the row count check alone would not notice it. */
async function spoil(
  db: BackstoryDatabase,
  table: 'articles' | 'entities' | 'links',
  key: unknown,
) {
  await db.table(table).update(key as string, { title: 42, name: 'x', first: null });
}

describe('background handlers on a store damaged behind their back', () => {
  it('answers related articles correctly after an entity row was overwritten with garbage', async () => {
    const { db, loadBundle, handlers } = setup();
    const before = await handlers.relatedArticles({ entityId: 'donald-trump' }, {});
    await spoil(db, 'entities', 'donald-trump');
    const after = await handlers.relatedArticles({ entityId: 'donald-trump' }, {});
    expect(after).toEqual(before);
    expect(loadBundle).toHaveBeenCalledTimes(2);
  });

  it('answers an article correctly after its row was overwritten with garbage', async () => {
    const { db, handlers } = setup();
    const before = await handlers.article({ id: 'a-oct29' }, {});
    await spoil(db, 'articles', 'a-oct29');
    expect(await handlers.article({ id: 'a-oct29' }, {})).toEqual(before);
  });

  it('rebuilds the search index from a repaired store when a link row is garbage', async () => {
    const { db, handlers } = setup();
    const before = await handlers.search({ query: 'luong cuong' }, {});
    const link = await db.entityArticles.toCollection().first();
    await db.entityArticles.put({ ...link!, articleIds: null } as never);
    await db.articles.put({ id: 'junk', title: ['not', 'a', 'title'] } as never);
    // A fresh handler set has no cached index: it has to read the damaged store.
    const fresh = createBackgroundHandlers({
      db,
      expectedVersion: 'v1',
      loadBundle: async () => makeBundle('v1'),
      openReader: async () => true,
    });
    const after = await fresh.search({ query: 'luong cuong' }, {});
    expect(after.hits.map((h) => h.id)).toEqual(before.hits.map((h) => h.id));
    expect(await db.articles.get('junk')).toBeUndefined();
  });

  it('replaces a garbage row without an origin that took a bundled article’s id', async () => {
    const { db, handlers } = setup();
    const before = await handlers.relatedArticles({ entityId: 'donald-trump' }, {});
    await db.articles.put({ id: 'a-oct29', title: ['x'] } as never);
    const after = await handlers.relatedArticles({ entityId: 'donald-trump' }, {});
    expect(after).toEqual(before);
    expect((await db.articles.get('a-oct29'))?.origin).toBe('bundled');
  });

  it('still fails with a typed error for a query that throws for other reasons', async () => {
    const { db, handlers } = setup();
    await handlers.corpusInfo({}, {});
    vi.spyOn(db.entities, 'get').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(handlers.relatedArticles({ entityId: 'donald-trump' }, {})).rejects.toThrow(
      'disk on fire',
    );
  });
});
