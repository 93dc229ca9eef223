/**
 * The entities of the store: the corpus's (`entities`, replaced by each corpus
 * load) and the names learned from the reader's articles (`readerEntities`,
 * never touched by one), read together wherever a name is looked up, and the
 * matcher's tables, one layer compiled from each.
 */
import type { Entity } from '../../shared/corpus/types';
import { entityOf, spellingIndex } from '../../shared/discover/spelling-index';
import { compileMatcher } from '../../shared/match/compile';
import { packTables } from '../../shared/match/packed-tables';
import type { MatcherTables } from '../../shared/match/tables';
import type { BackstoryDatabase, ReaderEntity } from './database';

/** The tables a read of entities must take part in. */
export const entityTables = (db: BackstoryDatabase) => [db.entities, db.readerEntities];

/** Every entity: the corpus's, then the reader's. */
export async function allEntities(db: BackstoryDatabase): Promise<Entity[]> {
  const [corpus, reader] = await Promise.all([db.entities.toArray(), db.readerEntities.toArray()]);
  return [...corpus, ...reader];
}

/** The entity with `id`, the corpus's first. */
export async function entityById(db: BackstoryDatabase, id: string): Promise<Entity | undefined> {
  return (await db.entities.get(id)) ?? (await db.readerEntities.get(id));
}

/** The entities with `ids`, in that order (undefined where none has the id). */
export async function entitiesByIds(
  db: BackstoryDatabase,
  ids: readonly string[],
): Promise<Array<Entity | undefined>> {
  const [corpus, reader] = await Promise.all([
    db.entities.bulkGet([...ids]),
    db.readerEntities.bulkGet([...ids]),
  ]);
  return ids.map((_, i) => corpus[i] ?? reader[i]);
}

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

/** Replace the reader's names with `names` (inside the caller's transaction, if any). */
export async function putReaderEntities(
  db: BackstoryDatabase,
  names: readonly ReaderEntity[],
): Promise<void> {
  await db.readerEntities.clear();
  await db.readerEntities.bulkPut([...names]);
}

/** The reader names a new corpus leaves: those none of its entities is called by now. */
export function namesAfterCorpus(
  corpus: readonly Entity[],
  reader: readonly ReaderEntity[],
): ReaderEntity[] {
  const index = spellingIndex(corpus);
  return reader.filter((e) => !e.aliases.some((a) => entityOf(a, index) !== undefined));
}
