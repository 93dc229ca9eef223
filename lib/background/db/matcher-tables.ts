/** The matcher's compiled tables in the database: two rows, the corpus's layer and the reader's. */
import type { Entity } from '../../shared/corpus/types';
import { compileMatcher } from '../../shared/match/compile';
import { packTables, unpackTables } from '../../shared/match/packed-tables';
import type { MatcherTables } from '../../shared/match/tables';
import type { BackstoryDatabase, StoredTables } from './database';
import { entityTables } from './reader-entities';

/** The two layers of the matcher's tables: the corpus's names and the reader's. */
export interface LayeredTables {
  corpus: MatcherTables;
  reader: MatcherTables;
}

/**
 * Compile both layers, the corpus's `corpus` and the reader's `reader`, and
 * store them (inside the caller's transaction, if any).
 */
export async function putTables(
  db: BackstoryDatabase,
  corpus: readonly Entity[],
  reader: readonly Entity[],
  source: string,
): Promise<LayeredTables> {
  const tables = { corpus: compileMatcher(corpus, source), reader: compileMatcher(reader, source) };
  await db.matcherTables.bulkPut([
    { key: 'matcher', packed: packTables(tables.corpus) },
    { key: 'reader-names', packed: packTables(tables.reader) },
  ]);
  return tables;
}

/** Store the reader's layer of the tables (inside the caller's transaction, if any). */
export async function storeReaderTables(
  db: BackstoryDatabase,
  tables: MatcherTables,
): Promise<void> {
  await db.matcherTables.put({ key: 'reader-names', packed: packTables(tables) });
}

/**
 * The tables' rows, read straight from the open IndexedDB connection in one
 * transaction: a woken background waits for this read before it can match a
 * page, and Dexie's own layers around a get cost a third again of it.
 */
async function readRows(
  db: BackstoryDatabase,
): Promise<[StoredTables | undefined, StoredTables | undefined]> {
  await db.open();
  const store = db
    .backendDB()
    .transaction('matcherTables', 'readonly')
    .objectStore('matcherTables');
  const get = (key: StoredTables['key']) =>
    new Promise<StoredTables | undefined>((resolve, reject) => {
      const request = store.get(key);
      request.onsuccess = () => resolve(request.result as StoredTables | undefined);
      request.onerror = () =>
        reject(request.error ?? new Error('the matcher tables could not be read'));
    });
  return Promise.all([get('matcher'), get('reader-names')]);
}

/** The stored tables when both layers were compiled from `source` and are intact; else null. */
export async function storedTables(
  db: BackstoryDatabase,
  source: string,
): Promise<LayeredTables | null> {
  const [corpusRow, readerRow] = await readRows(db);
  const corpus = unpackTables(corpusRow?.packed);
  const reader = unpackTables(readerRow?.packed);
  if (!corpus || !reader || corpus.source !== source || reader.source !== source) return null;
  return { corpus, reader };
}

/** Compile both layers from the stored entities and store them (a store whose corpus came before the tables did). */
export async function compileStoredTables(
  db: BackstoryDatabase,
  source: string,
): Promise<LayeredTables> {
  return db.transaction('rw', [...entityTables(db), db.matcherTables], async () =>
    putTables(db, await db.entities.toArray(), await db.readerEntities.toArray(), source),
  );
}
