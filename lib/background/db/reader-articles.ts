import Dexie from 'dexie';
import type { ReaderArticleSummary } from '../../shared/views';
import { itemOf, type PreparedReaderArticle } from '../../shared/reader/prepare-article';
import type { ReaderArticleItem } from '../../shared/reader/reader-item';
import { articleRows } from './bundle-rows';
import type { BackstoryDatabase, ReaderFields, ReaderRecord, StoredArticle } from './database';
import { linkReaderRows, unlinkReaderRow } from './reader-links';
import { toSummary } from './views';

/**
 * Named queries for reader-added articles. Each is one row in `articles`
 * with origin 'reader', its mentions and its bookkeeping (`reader`) inside,
 * and a place in the `readerLinks` row of each entity it names: a corpus
 * update never touches either (load-bundle.ts).
 */

/** Why a prepared article was not stored: it is already there. */
export interface Duplicate {
  /** Position in the list given to {@link addReaderArticles}. */
  index: number;
  by: 'url' | 'content';
  /** The stored (or earlier in the list) article it duplicates. */
  existingId: string;
}

/** A reader article row: one with its bookkeeping. */
type ReaderRow = StoredArticle & { reader: ReaderFields };
const isReaderRow = (row: StoredArticle | undefined): row is ReaderRow =>
  row?.origin === 'reader' && row.reader !== undefined;

function summaryOf(row: ReaderRow): ReaderArticleSummary {
  return {
    ...toSummary(row),
    url: row.url ?? null,
    addedAt: new Date(row.reader.addedAt).toISOString(),
  };
}

/** A record's fields without its id (the row holds that). */
function fieldsOf({ url, hash, addedAt }: ReaderRecord): ReaderFields {
  return url === undefined ? { hash, addedAt } : { url, hash, addedAt };
}

/** Index value → article id for the stored reader articles whose `index` is one of `values`. */
async function idsBy(db: BackstoryDatabase, index: string, values: string[]) {
  const ids = new Map<string, string>();
  if (values.length === 0) return ids;
  await db.articles
    .where(index)
    .anyOf(values)
    .eachKey((key, cursor) => void ids.set(String(key), String(cursor.primaryKey)));
  return ids;
}

/** Split `prepared` into those to store and the duplicates (of the store, or of an earlier one). */
async function sortOut(db: BackstoryDatabase, prepared: readonly PreparedReaderArticle[]) {
  const urls = prepared.flatMap((p) => (p.record.url ? [p.record.url] : []));
  const byUrl = await idsBy(db, 'reader.url', urls);
  const byHash = await idsBy(
    db,
    'reader.hash',
    prepared.map((p) => p.record.hash),
  );
  const keep: PreparedReaderArticle[] = [];
  const duplicates: Duplicate[] = [];
  prepared.forEach((p, index) => {
    const sameUrl = p.record.url === undefined ? undefined : byUrl.get(p.record.url);
    const sameText = byHash.get(p.record.hash);
    if (sameUrl !== undefined) duplicates.push({ index, by: 'url', existingId: sameUrl });
    else if (sameText !== undefined)
      duplicates.push({ index, by: 'content', existingId: sameText });
    else {
      keep.push(p);
      if (p.record.url) byUrl.set(p.record.url, p.article.id);
      byHash.set(p.record.hash, p.article.id);
    }
  });
  return { keep, duplicates };
}

/** Options of {@link addReaderArticles}. */
export interface AddOptions {
  /** Record the outcome on this import's journal row, in the same transaction. */
  importId?: string;
  /** Called once the transaction is open with a function that aborts it (nothing is then stored). */
  onAbortable?: (abort: () => void) => void;
}

/**
 * Store every prepared article that is not a duplicate (same normalised
 * address or same content as a stored reader article or an earlier one in
 * the list), in one read-write transaction: all of them, or — on any error,
 * a full disk or an abort included — none.
 */
export function addReaderArticles(
  db: BackstoryDatabase,
  prepared: readonly PreparedReaderArticle[],
  options: AddOptions = {},
): Promise<{ added: string[]; duplicates: Duplicate[] }> {
  return db.transaction('rw', [db.articles, db.readerLinks, db.imports], async () => {
    const tx = Dexie.currentTransaction;
    options.onAbortable?.(() => tx.abort());
    const { keep, duplicates } = await sortOut(db, prepared);
    const mentions = keep.flatMap((p) => p.mentions);
    const rows = articleRows(
      keep.map((p) => p.article),
      mentions,
      'reader',
    ).map((row, i) => ({ ...row, reader: fieldsOf((keep[i] as PreparedReaderArticle).record) }));
    await db.articles.bulkPut(rows);
    await linkReaderRows(db, rows);
    if (options.importId) {
      const done = { state: 'done' as const, added: rows.length, skipped: duplicates.length };
      await db.imports.update(options.importId, { ...done, finishedAt: Date.now() });
    }
    return { added: rows.map((a) => a.id), duplicates };
  });
}

/** Every reader article as a list row, newest added first. */
export async function listReaderArticles(db: BackstoryDatabase): Promise<ReaderArticleSummary[]> {
  const rows = await db.articles.orderBy('reader.addedAt').reverse().toArray();
  return rows.filter(isReaderRow).map(summaryOf);
}

/** One reader article as a list row, or null. */
export async function readerArticleSummary(
  db: BackstoryDatabase,
  id: string,
): Promise<ReaderArticleSummary | null> {
  const row = await db.articles.get(id);
  return isReaderRow(row) ? summaryOf(row) : null;
}

/** A page of reader articles as export items, oldest added first, and how many there are. */
export function readerArticleItems(
  db: BackstoryDatabase,
  offset: number,
  limit: number,
): Promise<{ items: ReaderArticleItem[]; total: number }> {
  return db.transaction('r', db.articles, async () => {
    const byAdded = () => db.articles.orderBy('reader.addedAt');
    const [total, rows] = await Promise.all([
      byAdded().count(),
      byAdded().offset(offset).limit(limit).toArray(),
    ]);
    const items = rows.filter(isReaderRow).map((r) => itemOf(r, { id: r.id, ...r.reader }));
    return { items, total };
  });
}

/** Delete one reader article and everything derived from it; returns it as an item (for undo), or null. */
export function deleteReaderArticle(
  db: BackstoryDatabase,
  id: string,
): Promise<ReaderArticleItem | null> {
  return db.transaction('rw', [db.articles, db.readerLinks], async () => {
    const row = await db.articles.get(id);
    if (!isReaderRow(row)) return null;
    await Promise.all([db.articles.delete(id), unlinkReaderRow(db, row)]);
    return itemOf(row, { id, ...row.reader });
  });
}
