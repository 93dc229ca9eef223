import type { Article, Entity } from '../../shared/corpus/types';
import type { ArticleDetail, RelatedArticle, RelatedArticles } from '../../shared/views';
import { mentionsOf, quotedMention } from './bundle-rows';
import type { BackstoryDatabase, EntityArticles, StoredArticle } from './database';
import { guardRows, isArticleRow, isEntityArticlesRow, isEntityRow } from './row-guards';
import { sentenceAround } from './sentence-around';
import { allEntities, entitiesByIds, entityById, entityTables } from './reader-entities';
import { paragraphText, toEntityView, toSummary } from './views';

/** An article that mentions an entity, with its date ('' when undated) for ordering. */
interface Candidate {
  articleId: string;
  sortDate: string;
}

/** Every article mentioning `entityId`, newest first, undated last: bundled ones and the reader's. */
async function candidatesOf(db: BackstoryDatabase, entityId: string): Promise<Candidate[]> {
  const [row, readerRow] = await Promise.all([
    db.entityArticles.get(entityId),
    db.readerLinks.get(entityId),
  ]);
  for (const [table, r] of [
    ['entityArticles', row],
    ['readerLinks', readerRow],
  ] as const)
    if (r) guardRows(table, [r], isEntityArticlesRow);
  const pairs = (r: EntityArticles | undefined): Candidate[] =>
    (r?.articleIds ?? []).map((articleId, i) => ({ articleId, sortDate: r?.sortDates[i] ?? '' }));
  const bundled = pairs(row);
  const reader = pairs(readerRow);
  if (reader.length === 0) return bundled;
  const all: Candidate[] = bundled.concat(reader);
  // Same order as one index read newest first: date, then article id, both descending.
  const desc = (x: Candidate, y: Candidate) =>
    x.sortDate === y.sortDate
      ? x.articleId < y.articleId
        ? 1
        : -1
      : x.sortDate < y.sortDate
        ? 1
        : -1;
  return all.sort(desc);
}

/** The first `limit` candidates, plus every later one tied with the last one's date (ties are ranked later). */
function newest(candidates: Candidate[], limit: number, withTies: boolean): Candidate[] {
  const last = candidates[limit - 1];
  if (!withTies || !last) return candidates.slice(0, limit);
  let end = limit;
  while (end < candidates.length && candidates[end]?.sortDate === last.sortDate) end++;
  return candidates.slice(0, end);
}

/** How many of `pageIds` (other than `entityId`) an article mentions. */
function sharedCount(article: StoredArticle, entityId: string, pageIds: ReadonlySet<string>) {
  if (pageIds.size === 0) return 0;
  const ids = new Set((article.mentions ?? []).map((m) => m.entityId));
  ids.delete(entityId);
  let n = 0;
  for (const id of ids) if (pageIds.has(id)) n++;
  return n;
}

function relatedRow(article: StoredArticle, entityId: string, shared: number): RelatedArticle {
  const first = quotedMention(article, entityId) ?? { paragraph: -1, start: 0, end: 0 };
  const { sentence, start, end } = sentenceAround(
    paragraphText(article, first.paragraph),
    first.start,
    first.end,
  );
  return { ...toSummary(article), sentence, highlight: { start, end }, sharedEntities: shared };
}

/**
 * Articles that mention `entityId`, newest first, undated last; among articles
 * of the same date, those mentioning more of `pageEntityIds` come first. Each
 * carries the sentence around the entity's first mention. `total` counts all.
 */
export function relatedArticles(
  db: BackstoryDatabase,
  entityId: string,
  pageEntityIds: readonly string[],
  limit: number,
): Promise<RelatedArticles> {
  const tables = [db.readerLinks, db.entityArticles, db.articles, ...entityTables(db)];
  return db.transaction('r', tables, async () => {
    const entity = await entityById(db, entityId);
    if (!entity) return { entity: null, articles: [], total: 0 };
    guardRows('entities', [entity], isEntityRow);
    const pageIds = new Set(pageEntityIds);
    const candidates = await candidatesOf(db, entityId);
    const head = newest(candidates, limit, pageIds.size > 0);
    const articles = await db.articles.bulkGet(head.map((c) => c.articleId));
    guardRows('articles', articles, isArticleRow);
    const ranked = head
      .flatMap((c, i) => {
        const article = articles[i];
        return article ? [{ c, article, shared: sharedCount(article, entityId, pageIds) }] : [];
      })
      .sort((a, b) =>
        a.c.sortDate === b.c.sortDate ? b.shared - a.shared : a.c.sortDate < b.c.sortDate ? 1 : -1,
      )
      .slice(0, limit);
    const rows = ranked.map((r) => relatedRow(r.article, entityId, r.shared));
    return { entity: toEntityView(entity), articles: rows, total: candidates.length };
  });
}

/** One article with its mentions in reading order (title first) and the entities they name. */
export function getArticle(db: BackstoryDatabase, id: string): Promise<ArticleDetail> {
  return db.transaction('r', [db.articles, ...entityTables(db)], async () => {
    const row = await db.articles.get(id);
    if (!row) return { article: null, mentions: [], entities: [] };
    guardRows('articles', [row], isArticleRow);
    const mentions = mentionsOf(row);
    const entities = await entitiesByIds(db, [...new Set(mentions.map((m) => m.entityId))]);
    guardRows('entities', entities, isEntityRow);
    const article: StoredArticle = { ...row };
    delete article.mentions;
    delete article.reader;
    return { article, mentions, entities: entities.flatMap((e) => (e ? [toEntityView(e)] : [])) };
  });
}

/** Counts, newest date and stored version (load state is added by the caller). */
export function corpusCounts(db: BackstoryDatabase) {
  return db.transaction('r', [db.articles, ...entityTables(db), db.meta], async () => {
    const [meta, articles, entities, newest] = await Promise.all([
      db.meta.get('corpus'),
      db.articles.count(),
      Promise.all([db.entities.count(), db.readerEntities.count()]).then(([a, b]) => a + b),
      db.articles.orderBy('date').last(), // undated articles are not in the `date` index
    ]);
    return { version: meta?.version ?? null, articles, entities, newestDate: newest?.date ?? null };
  });
}

/** What the search index needs of every article: its row and the entities it mentions. */
export interface SearchSource {
  articles: Article[];
  entities: Entity[];
  /** Article id → ids of the entities it mentions. */
  entityIdsByArticle: Map<string, string[]>;
}

/** Everything the search index is built from, read in one transaction. */
export function searchSource(db: BackstoryDatabase): Promise<SearchSource> {
  return db.transaction('r', [db.articles, ...entityTables(db)], async () => {
    const [articles, entities] = await Promise.all([db.articles.toArray(), allEntities(db)]);
    guardRows('articles', articles, isArticleRow);
    guardRows('entities', entities, isEntityRow);
    const entityIdsByArticle = new Map<string, string[]>();
    for (const a of articles) {
      if (a.mentions?.length)
        entityIdsByArticle.set(a.id, [...new Set(a.mentions.map((m) => m.entityId))]);
    }
    return { articles, entities, entityIdsByArticle };
  });
}
