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

/** `request`'s result, as a promise. */
function result<T>(request: IDBRequest<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`${what} could not be read`));
  });
}

/**
 * The database as it is on disk, opened without Dexie for one read: Dexie's own open (its schema
 * checks, its upgrade) costs a woken background several milliseconds before the first byte of the
 * tables, and the stored tables are checked anyway. Null when there is no database yet (the open is
 * aborted, so none is made behind Dexie's back) or no tables' store in it (an older version).
 */
async function openAsStored(name: string): Promise<IDBDatabase | null> {
  const request = indexedDB.open(name);
  request.onupgradeneeded = () => request.transaction?.abort();
  const raw = await result(request, 'the database').catch((err: unknown) => {
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  });
  if (raw && !raw.objectStoreNames.contains('matcherTables')) {
    raw.close();
    return null;
  }
  // A newer version opening (Dexie's upgrade) must not wait for this read.
  if (raw) raw.onversionchange = () => raw.close();
  return raw;
}

/**
 * The tables' rows, read in one transaction: a woken background waits for this read before it
 * can match a page. The connection is closed after the read.
 */
async function readRows(
  db: BackstoryDatabase,
  onOpen?: () => void,
): Promise<[StoredTables | undefined, StoredTables | undefined]> {
  const raw = db.isOpen() ? null : await openAsStored(db.name);
  onOpen?.();
  if (!raw && !db.isOpen()) return [undefined, undefined];
  try {
    const store = (raw ?? db.backendDB())
      .transaction('matcherTables', 'readonly')
      .objectStore('matcherTables');
    const get = (key: StoredTables['key']) =>
      result(store.get(key) as IDBRequest<StoredTables | undefined>, 'the matcher tables');
    return await Promise.all([get('matcher'), get('reader-names')]);
  } finally {
    raw?.close();
  }
}

/**
 * The stored tables when both layers were compiled from `source` and are intact; else null.
 * `onOpen` is told when the database is open and the read begins (the bench splits the two).
 */
export async function storedTables(
  db: BackstoryDatabase,
  source: string,
  onOpen?: () => void,
): Promise<LayeredTables | null> {
  const [corpusRow, readerRow] = await readRows(db, onOpen);
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
