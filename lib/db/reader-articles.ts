import type { ReaderArticleSummary } from '../messages/protocol';
import { itemOf, type PreparedReaderArticle } from '../reader-articles/prepare-article';
import type { ReaderArticleItem } from '../reader-articles/reader-item';
import { articleRows, entityLinks } from './bundle-rows';
import type { BackstoryDatabase, ReaderRecord } from './database';
import { toSummary } from './views';

/**
 * Named queries for reader-added articles (issue 7). Their rows carry
 * origin 'reader' in `articles` (with their mentions) and `links`, which a corpus
 * update never deletes (load-bundle.ts), plus one `reader` record each.
 */

/** Why a prepared article was not stored: it is already there. */
export interface Duplicate {
  /** Position in the list given to {@link addReaderArticles}. */
  index: number;
  by: 'url' | 'content';
  /** The stored (or earlier in the list) article it duplicates. */
  existingId: string;
}

function summaryOf(
  article: Parameters<typeof toSummary>[0],
  record: ReaderRecord,
): ReaderArticleSummary {
  return {
    ...toSummary(article),
    url: article.url ?? null,
    addedAt: new Date(record.addedAt).toISOString(),
  };
}

/**
 * Store every prepared article that is not a duplicate (same normalised
 * address or same content as a stored reader article or an earlier one in
 * the list), in one read-write transaction: all of them, or — on any error,
 * a full disk included — none.
 */
export function addReaderArticles(
  db: BackstoryDatabase,
  prepared: readonly PreparedReaderArticle[],
): Promise<{ added: string[]; duplicates: Duplicate[] }> {
  const tables = [db.articles, db.links, db.reader];
  return db.transaction('rw', tables, async () => {
    const existing = await db.reader.toArray();
    const byUrl = new Map(existing.flatMap((r) => (r.url ? [[r.url, r.id] as const] : [])));
    const byHash = new Map(existing.map((r) => [r.hash, r.id]));
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
    const articles = keep.map((p) => p.article);
    const mentions = keep.flatMap((p) => p.mentions);
    await db.articles.bulkPut(articleRows(articles, mentions, 'reader'));
    await db.reader.bulkPut(keep.map((p) => p.record));
    await db.links.bulkPut(entityLinks(articles, mentions, 'reader'));
    return { added: articles.map((a) => a.id), duplicates };
  });
}

/** Every reader article as a list row, newest added first. */
export function listReaderArticles(db: BackstoryDatabase): Promise<ReaderArticleSummary[]> {
  return db.transaction('r', [db.reader, db.articles], async () => {
    const records = await db.reader.orderBy('addedAt').reverse().toArray();
    const articles = await db.articles.bulkGet(records.map((r) => r.id));
    return records.flatMap((r, i) => {
      const a = articles[i];
      return a ? [summaryOf(a, r)] : [];
    });
  });
}

/** One reader article as a list row, or null. */
export function readerArticleSummary(
  db: BackstoryDatabase,
  id: string,
): Promise<ReaderArticleSummary | null> {
  return db.transaction('r', [db.reader, db.articles], async () => {
    const [record, article] = await Promise.all([db.reader.get(id), db.articles.get(id)]);
    return record && article ? summaryOf(article, record) : null;
  });
}

/** A page of reader articles as export items, oldest added first, and how many there are. */
export function readerArticleItems(
  db: BackstoryDatabase,
  offset: number,
  limit: number,
): Promise<{ items: ReaderArticleItem[]; total: number }> {
  return db.transaction('r', [db.reader, db.articles], async () => {
    const [total, records] = await Promise.all([
      db.reader.count(),
      db.reader.orderBy('addedAt').offset(offset).limit(limit).toArray(),
    ]);
    const articles = await db.articles.bulkGet(records.map((r) => r.id));
    const items = records.flatMap((r, i) => {
      const a = articles[i];
      return a ? [itemOf(a, r)] : [];
    });
    return { items, total };
  });
}

/** Delete one reader article and everything derived from it; returns it as an item (for undo), or null. */
export function deleteReaderArticle(
  db: BackstoryDatabase,
  id: string,
): Promise<ReaderArticleItem | null> {
  return db.transaction('rw', [db.articles, db.links, db.reader], async () => {
    const [record, article] = await Promise.all([db.reader.get(id), db.articles.get(id)]);
    if (!record || !article || article.origin !== 'reader') return null;
    await Promise.all([
      db.articles.delete(id),
      db.reader.delete(id),
      db.links.where('articleId').equals(id).delete(),
    ]);
    return itemOf(article, record);
  });
}
