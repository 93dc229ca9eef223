import Dexie from 'dexie';
import type { Article, Entity } from '../corpus/types';
import type { BackgroundCalls, RelatedArticle } from '../messages/protocol';
import type { BackstoryDatabase, EntityLink } from './database';
import { guardRows, isArticleRow, isEntityRow, isLinkRow, isMentionRow } from './row-guards';
import { sentenceAround } from './sentence-around';
import { paragraphText, toEntityView, toSummary } from './views';

type Response<K extends keyof BackgroundCalls> = BackgroundCalls[K]['response'];

/** The links of one entity, in `[entityId+sortDate]` order (oldest first, undated before all). */
function linksOf(db: BackstoryDatabase, entityId: string) {
  return db.links
    .where('[entityId+sortDate]')
    .between([entityId, Dexie.minKey], [entityId, Dexie.maxKey], true, true);
}

/** How many of `pageIds` (other than `entityId`) each article mentions. */
async function sharedCounts(
  db: BackstoryDatabase,
  articleIds: string[],
  entityId: string,
  pageIds: ReadonlySet<string>,
) {
  const counts = new Map<string, number>();
  if (pageIds.size === 0) return counts;
  for (const l of await db.links.where('articleId').anyOf(articleIds).toArray()) {
    if (l.entityId !== entityId && pageIds.has(l.entityId))
      counts.set(l.articleId, (counts.get(l.articleId) ?? 0) + 1);
  }
  return counts;
}

/** The `limit` newest links of an entity, plus every link tied with the last one's date (ties are ranked later). */
async function newestLinks(
  db: BackstoryDatabase,
  entityId: string,
  limit: number,
  withTies: boolean,
): Promise<EntityLink[]> {
  const head = await linksOf(db, entityId).reverse().limit(limit).toArray();
  const last = head.at(-1);
  if (!withTies || !last || head.length < limit) return head;
  const seen = new Set(head.map((l) => l.articleId));
  const tied = await db.links
    .where('[entityId+sortDate]')
    .equals([entityId, last.sortDate])
    .toArray();
  return head.concat(tied.filter((l) => !seen.has(l.articleId)));
}

function relatedRow(article: Article, link: EntityLink, sharedEntities: number): RelatedArticle {
  const { sentence, start, end } = sentenceAround(
    paragraphText(article, link.first.paragraph),
    link.first.start,
    link.first.end,
  );
  return { ...toSummary(article), sentence, highlight: { start, end }, sharedEntities };
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
): Promise<Response<'relatedArticles'>> {
  return db.transaction('r', [db.links, db.articles, db.entities], async () => {
    const entity = await db.entities.get(entityId);
    if (!entity) return { entity: null, articles: [], total: 0 };
    guardRows('entities', [entity], isEntityRow);
    const pageIds = new Set(pageEntityIds);
    const [total, links] = await Promise.all([
      linksOf(db, entityId).count(),
      newestLinks(db, entityId, limit, pageIds.size > 0),
    ]);
    guardRows('links', links, isLinkRow);
    const shared = await sharedCounts(
      db,
      links.map((l) => l.articleId),
      entityId,
      pageIds,
    );
    const ranked = links
      .map((link) => ({ link, shared: shared.get(link.articleId) ?? 0 }))
      .sort((a, b) =>
        a.link.sortDate === b.link.sortDate
          ? b.shared - a.shared
          : a.link.sortDate < b.link.sortDate
            ? 1
            : -1,
      )
      .slice(0, limit);
    const articles = await db.articles.bulkGet(ranked.map((r) => r.link.articleId));
    guardRows('articles', articles, isArticleRow);
    const rows = ranked.flatMap((r, i) => {
      const article = articles[i];
      return article ? [relatedRow(article, r.link, r.shared)] : [];
    });
    return { entity: toEntityView(entity), articles: rows, total };
  });
}

/** One article with its mentions in reading order (title first) and the entities they name. */
export function getArticle(db: BackstoryDatabase, id: string): Promise<Response<'article'>> {
  return db.transaction('r', [db.articles, db.mentions, db.entities], async () => {
    const article = await db.articles.get(id);
    if (!article) return { article: null, mentions: [], entities: [] };
    guardRows('articles', [article], isArticleRow);
    const stored = await db.mentions.where('articleId').equals(id).toArray();
    guardRows('mentions', stored, isMentionRow);
    const mentions = stored
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
      .map((m) => ({
        articleId: m.articleId,
        entityId: m.entityId,
        paragraph: m.paragraph,
        start: m.start,
        end: m.end,
        surface: m.surface,
        rule: m.rule,
      }));
    const entities = await db.entities.bulkGet([...new Set(mentions.map((m) => m.entityId))]);
    guardRows('entities', entities, isEntityRow);
    return { article, mentions, entities: entities.flatMap((e) => (e ? [toEntityView(e)] : [])) };
  });
}

/** Counts, newest date and stored version (load state is added by the caller). */
export function corpusCounts(db: BackstoryDatabase) {
  return db.transaction('r', [db.articles, db.entities, db.meta], async () => {
    const [meta, articles, entities, newest] = await Promise.all([
      db.meta.get('corpus'),
      db.articles.count(),
      db.entities.count(),
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
  return db.transaction('r', [db.articles, db.entities, db.links], async () => {
    const [articles, entities, links] = await Promise.all([
      db.articles.toArray(),
      db.entities.toArray(),
      db.links.toArray(),
    ]);
    guardRows('articles', articles, isArticleRow);
    guardRows('entities', entities, isEntityRow);
    guardRows('links', links, isLinkRow);
    const entityIdsByArticle = new Map<string, string[]>();
    for (const l of links) {
      const ids = entityIdsByArticle.get(l.articleId);
      if (ids) ids.push(l.entityId);
      else entityIdsByArticle.set(l.articleId, [l.entityId]);
    }
    return { articles, entities, entityIdsByArticle };
  });
}
