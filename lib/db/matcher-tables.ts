/** The matcher's compiled tables in the database: one row, replaced whole. */
import type { Entity } from '../corpus/types';
import { checkTables } from '../match/check-tables';
import { compileMatcher } from '../match/compile';
import type { MatcherTables } from '../match/tables';
import type { BackstoryDatabase, StoredTables } from './database';

/** The row holding tables compiled from `entities`; `source` says from what (the corpus version). */
export function matcherTablesRow(entities: readonly Entity[], source: string): StoredTables {
  return { key: 'matcher', tables: compileMatcher(entities, source) };
}

/** The stored tables when they were compiled from `source` and are intact; else null. */
export async function storedTables(
  db: BackstoryDatabase,
  source: string,
): Promise<MatcherTables | null> {
  const row = await db.matcherTables.get('matcher');
  const tables = checkTables(row?.tables);
  return tables && tables.source === source ? tables : null;
}

/** Compile tables from the stored entities and store them (a store whose corpus came before the tables did). */
export async function compileStoredTables(
  db: BackstoryDatabase,
  source: string,
): Promise<MatcherTables> {
  return db.transaction('rw', [db.entities, db.matcherTables], async () => {
    const row = matcherTablesRow(await db.entities.toArray(), source);
    await db.matcherTables.put(row);
    return row.tables;
  });
}
