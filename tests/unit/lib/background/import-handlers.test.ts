import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '../../../../lib/background/handlers';
import type { BackstoryDatabase } from '../../../../lib/background/db/database';
import { makeBundle } from '../../fixtures/corpus-bundle';
import { readerItem } from '../shared/reader/helpers';
import { freshDatabase } from './db/db-helpers';

const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/** Handlers over one database; call it again with the same database for a worker that restarted. */
function worker(db = freshDatabase()) {
  if (!dbs.includes(db)) dbs.push(db);
  const handlers = createBackgroundHandlers({
    db,
    expectedVersion: 'v1',
    loadBundle: async () => makeBundle('v1'),
    openReader: async () => true,
  });
  return { db, handlers };
}

const readerCount = (db: BackstoryDatabase) => db.articles.where('origin').equals('reader').count();

describe('import handlers', () => {
  it('refuses a chunk of an import a restarted worker did not begin, so no part of it is stored', async () => {
    const first = worker();
    await first.handlers.importBegin({ importId: 'r', total: 2, source: 'a.json' }, {});
    await first.handlers.importChunk({ importId: 'r', items: [readerItem(1)] }, {});
    const restarted = worker(first.db);
    await expect(
      restarted.handlers.importChunk({ importId: 'r', items: [readerItem(2)] }, {}),
    ).rejects.toThrow(/interrupted .*nothing from it was kept/);
    await expect(restarted.handlers.importCommit({ importId: 'r' }, {})).rejects.toThrow(/expired/);
    expect(await readerCount(first.db)).toBe(0);
  });

  it('aborts a commit cancelled while it is being written: nothing stored, the journal says cancelled', async () => {
    const { db, handlers } = worker();
    await handlers.corpusInfo({}, {});
    await handlers.importBegin({ importId: 'c', total: 3, source: 'a.json' }, {});
    await handlers.importChunk({ importId: 'c', items: [1, 2, 3].map((n) => readerItem(n)) }, {});
    const commit = handlers.importCommit({ importId: 'c' }, {});
    const abort = handlers.importAbort({ importId: 'c' }, {});
    await expect(commit).rejects.toThrow('The import was cancelled: nothing from it was kept.');
    expect(await abort).toEqual({ aborted: true });
    expect(await readerCount(db)).toBe(0);
    expect((await db.imports.get('c'))?.state).toBe('cancelled');
  });

  it('tells the next options page, once, of an import cut off, and not of one whose end a page saw', async () => {
    const first = worker();
    await first.handlers.importBegin({ importId: 'cut', total: 10, source: 'big.json' }, {});
    await first.handlers.importBegin({ importId: 'ok', total: 1, source: 'small.json' }, {});
    await first.handlers.importChunk({ importId: 'ok', items: [readerItem(1)] }, {});
    // Still running in this worker: not a note yet.
    expect((await first.handlers.importNotes({}, {})).imports).toEqual([]);
    const commit = first.handlers.importCommit({ importId: 'ok' }, {});
    await commit;
    const restarted = worker(first.db);
    const notes = (await restarted.handlers.importNotes({}, {})).imports;
    expect(notes.map((n) => [n.source, n.state, n.added])).toEqual([
      ['big.json', 'interrupted', 0],
    ]);
    expect((await restarted.handlers.importNotes({}, {})).imports).toEqual([]);
  });
});
