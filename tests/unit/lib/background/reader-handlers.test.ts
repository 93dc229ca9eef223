import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps } from '../../../../lib/background/handlers';
import type { BackstoryDatabase } from '../../../../lib/background/db/database';
import { makeBundle } from '../../fixtures/corpus-bundle';
import { readerItem } from '../shared/reader/helpers';
import { freshDatabase } from './db/db-helpers';

const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

function setup(runClipper: BackgroundDeps['runClipper'] = async () => null) {
  const db = freshDatabase();
  dbs.push(db);
  const handlers = createBackgroundHandlers({
    db,
    expectedVersion: 'v1',
    loadBundle: async () => makeBundle('v1'),
    openReader: async () => true,
    runClipper,
  });
  return { db, handlers };
}

describe('reader-article handlers', () => {
  it('clips a tab: stores the article and names the entities it links', async () => {
    const item = readerItem(1, { date: '2025-12-02' });
    const { handlers } = setup(async () => ({ ok: true, item }));
    const outcome = await handlers.clipTab({ tabId: 3 }, {});
    expect(outcome.status).toBe('added');
    if (outcome.status !== 'added') return;
    // Linked with the stored corpus's own names (the fixture's), as pages are matched.
    expect(outcome.entities.map((e) => e.id).sort()).toEqual([
      'donald-trump',
      'luong-cuong',
      'vn-us-rta',
    ]);
    const related = await handlers.relatedArticles({ entityId: 'donald-trump' }, {});
    expect(related.articles[0]?.id).toBe(outcome.article.id);
  });

  it('says when the tab was clipped already, and stores it once', async () => {
    const item = readerItem(1);
    const { db, handlers } = setup(async () => ({ ok: true, item }));
    await handlers.clipTab({ tabId: 3 }, {});
    const again = await handlers.clipTab({ tabId: 3 }, {});
    expect(again).toMatchObject({ status: 'duplicate', by: 'url' });
    expect(await db.articles.where('origin').equals('reader').count()).toBe(1);
  });

  it('stores nothing for a page that is not an article, or a tab it cannot read', async () => {
    const { db, handlers } = setup(async () => ({ ok: false, reason: 'not-article' }));
    expect(await handlers.clipTab({ tabId: 3 }, {})).toMatchObject({ status: 'not-article' });
    const closed = setup(async () => Promise.reject(new Error('Cannot access chrome:// URL')));
    expect(await closed.handlers.clipTab({ tabId: 1 }, {})).toMatchObject({ status: 'failed' });
    expect(await db.articles.where('origin').equals('reader').count()).toBe(0);
  });

  it('refuses what the page script sends back when it breaks the item rules', async () => {
    const bad = { ok: true, item: { ...readerItem(1), date: 'yesterday' } };
    const { db, handlers } = setup(async () => bad);
    expect(await handlers.clipTab({ tabId: 3 }, {})).toMatchObject({ status: 'not-article' });
    expect(await db.articles.where('origin').equals('reader').count()).toBe(0);
  });

  it('finds a clipped article in search right away, and not after it is deleted', async () => {
    const item = readerItem(1, { title: 'Zanzibar cloves and tariffs' });
    const { handlers } = setup(async () => ({ ok: true, item }));
    expect((await handlers.search({ query: 'zanzibar' }, {})).hits).toEqual([]);
    const outcome = await handlers.clipTab({ tabId: 3 }, {});
    const hits = (await handlers.search({ query: 'zanzibar' }, {})).hits;
    expect(hits.map((h) => h.id)).toEqual([outcome.status === 'added' && outcome.article.id]);
    await handlers.deleteReaderArticle({ id: hits[0]!.id }, {});
    // Delete one, add another: the count is the same, the index must still change.
    await handlers.importBegin({ importId: 'i', total: 1, source: 'test' }, {});
    await handlers.importChunk({ importId: 'i', items: [readerItem(2)] }, {});
    await handlers.importCommit({ importId: 'i' }, {});
    expect((await handlers.search({ query: 'zanzibar' }, {})).hits).toEqual([]);
  });

  it('imports staged chunks in one commit and reports duplicates by staged position', async () => {
    const { handlers } = setup();
    await handlers.importBegin({ importId: 'x', total: 1, source: 'test' }, {});
    await handlers.importChunk({ importId: 'x', items: [readerItem(1), readerItem(2)] }, {});
    expect((await handlers.readerArticles({}, {})).articles).toEqual([]);
    await handlers.importChunk({ importId: 'x', items: [readerItem(1)] }, {});
    const outcome = await handlers.importCommit({ importId: 'x' }, {});
    expect(outcome).toEqual({
      state: 'done',
      outcome: {
        added: 2,
        skipped: [{ where: 2, title: readerItem(1).title, reason: 'already added (same address)' }],
      },
    });
    expect((await handlers.readerArticles({}, {})).articles).toHaveLength(2);
    await expect(handlers.importCommit({ importId: 'x' }, {})).rejects.toThrow(/expired/);
  });

  it('drops an aborted import without writing', async () => {
    const { handlers } = setup();
    await handlers.importBegin({ importId: 'y', total: 1, source: 'test' }, {});
    await handlers.importChunk({ importId: 'y', items: [readerItem(1)] }, {});
    expect(await handlers.importAbort({ importId: 'y' }, {})).toEqual({ aborted: true });
    await expect(handlers.importCommit({ importId: 'y' }, {})).rejects.toThrow(/expired/);
    expect((await handlers.readerArticles({}, {})).articles).toEqual([]);
  });

  it('gives a deleted article back so that re-importing it undoes the delete', async () => {
    const { handlers } = setup();
    await handlers.importBegin({ importId: 'z', total: 1, source: 'test' }, {});
    await handlers.importChunk({ importId: 'z', items: [readerItem(1)] }, {});
    await handlers.importCommit({ importId: 'z' }, {});
    const [row] = (await handlers.readerArticles({}, {})).articles;
    const { removed } = await handlers.deleteReaderArticle({ id: row!.id }, {});
    expect(removed).toEqual(readerItem(1));
    await handlers.importBegin({ importId: 'undo', total: 1, source: 'test' }, {});
    await handlers.importChunk({ importId: 'undo', items: [removed!] }, {});
    await handlers.importCommit({ importId: 'undo' }, {});
    expect((await handlers.readerArticles({}, {})).articles).toEqual([row]);
  });
});
