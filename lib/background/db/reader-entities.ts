/**
 * The entities of the store: the corpus's (`entities`, replaced by each corpus
 * load) and the names learned from the reader's articles (`readerEntities`,
 * never touched by one), read together wherever a name is looked up.
 */
import type { Entity } from '../../shared/corpus/types';
import { entityOf, spellingIndex } from '../../shared/discover/spelling-index';
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
