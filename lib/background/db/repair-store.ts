/**
 * Repair a store whose rows were found damaged: in one transaction, drop
 * every row that fails its shape check and the record of what was loaded,
 * so the next `ensureCorpus` reloads the bundled corpus whole. Well-formed
 * reader articles stay (their links are made again); a reader row that is
 * garbage cannot be recovered and goes.
 */
import type { Table } from 'dexie';
import type { BackstoryDatabase } from './database';
import { rebuildReaderLinks } from './reader-links';
import { isArticleRow, isEntityArticlesRow, isEntityRow } from './row-guards';

async function dropBad<T, K>(table: Table<T, K>, ok: (v: unknown) => boolean): Promise<number> {
  const bad: K[] = [];
  await table.toCollection().each((row, cursor) => {
    if (!ok(row)) bad.push(cursor.primaryKey);
  });
  await table.bulkDelete(bad);
  return bad.length;
}

/** Drop damaged rows and forget the loaded corpus; resolves with how many rows were dropped. */
export function repairStore(db: BackstoryDatabase): Promise<number> {
  return db.transaction(
    'rw',
    [db.articles, db.entities, db.entityArticles, db.readerLinks, db.meta],
    async () => {
      const dropped = await Promise.all([
        dropBad(db.articles, isArticleRow),
        dropBad(db.entities, isEntityRow),
        dropBad(db.entityArticles, isEntityArticlesRow),
        dropBad(db.readerLinks, isEntityArticlesRow),
      ]);
      // The reader's links are derived from their rows: made again from what is left.
      await rebuildReaderLinks(db);
      await db.meta.delete('corpus');
      return dropped.reduce((a, b) => a + b, 0);
    },
  );
}
