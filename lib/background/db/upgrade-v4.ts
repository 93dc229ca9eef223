import type { Transaction } from 'dexie';
import type { EntityArticles, EntityLink, ReaderRecord } from '../../shared/rows';
import { sortedPairs } from './bundle-rows';

/**
 * Version 3 → 4: each reader record moves into its article row (`reader`),
 * the reader's links become one `readerLinks` row per entity, and both old
 * tables are emptied.
 */
export async function upgradeToReaderRows(tx: Transaction): Promise<void> {
  const records = (await tx.table('reader').toArray()) as ReaderRecord[];
  for (const { id, ...fields } of records)
    await tx.table('articles').update(id, { reader: fields });
  const links = (await tx.table('links').toArray()) as EntityLink[];
  const byEntity = new Map<string, Map<string, string>>();
  for (const l of links) {
    if (l.origin !== 'reader') continue;
    const pairs = byEntity.get(l.entityId) ?? new Map<string, string>();
    byEntity.set(l.entityId, pairs.set(l.articleId, l.sortDate));
  }
  const rows: EntityArticles[] = [...byEntity].map(([entityId, pairs]) => ({
    entityId,
    ...sortedPairs(pairs),
  }));
  await tx.table('readerLinks').bulkPut(rows);
  await tx.table('reader').clear();
  await tx.table('links').clear();
}
