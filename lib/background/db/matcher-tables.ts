/** The matcher's compiled tables in the database: one row, replaced whole. */
import { unpackTables } from '../../shared/match/packed-tables';
import type { MatcherTables } from '../../shared/match/tables';
import type { BackstoryDatabase, StoredTables } from './database';
import { allEntities, entityTables, putTables } from './reader-entities';

/**
 * The tables' row, read straight from the open IndexedDB connection: a woken
 * background waits for this one read before it can match a page, and Dexie's
 * own layers around a get cost a third again of it.
 */
async function readRow(db: BackstoryDatabase): Promise<StoredTables | undefined> {
  await db.open();
  const store = db
    .backendDB()
    .transaction('matcherTables', 'readonly')
    .objectStore('matcherTables');
  return new Promise((resolve, reject) => {
    const request = store.get('matcher');
    request.onsuccess = () => resolve(request.result as StoredTables | undefined);
    request.onerror = () =>
      reject(request.error ?? new Error('the matcher tables could not be read'));
  });
}

/** The stored tables when they were compiled from `source` and are intact; else null. */
export async function storedTables(
  db: BackstoryDatabase,
  source: string,
): Promise<MatcherTables | null> {
  const row = await readRow(db);
  const tables = unpackTables(row?.packed);
  return tables && tables.source === source ? tables : null;
}

/** Compile tables from the stored entities and store them (a store whose corpus came before the tables did). */
export async function compileStoredTables(
  db: BackstoryDatabase,
  source: string,
): Promise<MatcherTables> {
  return db.transaction('rw', [...entityTables(db), db.matcherTables], async () =>
    putTables(db, await allEntities(db), source),
  );
}
