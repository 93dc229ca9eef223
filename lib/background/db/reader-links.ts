import { sortedPairs } from './bundle-rows';
import type { BackstoryDatabase, EntityArticles, StoredArticle } from './database';

/**
 * The reader's articles per entity (`readerLinks`), kept in step with their
 * rows inside the callers' read-write transactions: a handful of rows per
 * import, whatever its size.
 */

/** Entity id → (article id → sort date) for the mentions of `rows`. */
function pairsOf(rows: readonly StoredArticle[]): Map<string, Map<string, string>> {
  const byEntity = new Map<string, Map<string, string>>();
  for (const row of rows) {
    for (const m of row.mentions ?? []) {
      const pairs = byEntity.get(m.entityId) ?? new Map<string, string>();
      byEntity.set(m.entityId, pairs.set(row.id, row.date ?? ''));
    }
  }
  return byEntity;
}

/** Rewrite the rows of the entities `rows` mention, with `change` applied to each one's pairs. */
async function update(
  db: BackstoryDatabase,
  rows: readonly StoredArticle[],
  change: (pairs: Map<string, string>, entityId: string) => void,
): Promise<void> {
  const ids = [...pairsOf(rows).keys()];
  const stored = await db.readerLinks.bulkGet(ids);
  const put: EntityArticles[] = [];
  const gone: string[] = [];
  ids.forEach((entityId, i) => {
    const row = stored[i];
    const pairs = new Map(row?.articleIds.map((id, k) => [id, row.sortDates[k] ?? '']));
    change(pairs, entityId);
    if (pairs.size === 0) gone.push(entityId);
    else put.push({ entityId, ...sortedPairs(pairs) });
  });
  await Promise.all([db.readerLinks.bulkPut(put), db.readerLinks.bulkDelete(gone)]);
}

/** Link newly stored reader article rows to the entities they mention. */
export function linkReaderRows(db: BackstoryDatabase, rows: readonly StoredArticle[]) {
  const added = pairsOf(rows);
  return update(db, rows, (pairs, entityId) => {
    for (const [id, date] of added.get(entityId) ?? []) pairs.set(id, date);
  });
}

/** Unlink a reader article row that is being deleted. */
export function unlinkReaderRow(db: BackstoryDatabase, row: StoredArticle) {
  return update(db, [row], (pairs) => void pairs.delete(row.id));
}

/** Rebuild every link from the reader's article rows (after a repair dropped damaged rows). */
export async function rebuildReaderLinks(db: BackstoryDatabase): Promise<void> {
  const rows = await db.articles.where('origin').equals('reader').toArray();
  await db.readerLinks.clear();
  await db.readerLinks.bulkPut(
    [...pairsOf(rows)].map(([entityId, pairs]) => ({ entityId, ...sortedPairs(pairs) })),
  );
}
