import type { Article, ArticleMention, ArticleOrigin } from '../../shared/corpus/types';
import type { EntityArticles, EntityLink, RowMention, StoredArticle } from '../../shared/rows';

/** A mention as its article's row holds it. */
export function rowMention(m: ArticleMention): RowMention {
  return {
    entityId: m.entityId,
    paragraph: m.paragraph,
    start: m.start,
    end: m.end,
    surface: m.surface,
    rule: m.rule,
  };
}

/** Article rows tagged with `origin`, each carrying its own mentions. */
export function articleRows(
  articles: readonly Article[],
  mentions: readonly ArticleMention[],
  origin: ArticleOrigin,
): StoredArticle[] {
  const byArticle = new Map<string, RowMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(rowMention(m));
    else byArticle.set(m.articleId, [rowMention(m)]);
  }
  return articles.map((a) => ({ ...a, origin, mentions: byArticle.get(a.id) ?? [] }));
}

/** The mentions of an article row in reading order (title first), with its id. */
export function mentionsOf(row: StoredArticle): ArticleMention[] {
  return (row.mentions ?? [])
    .map((m) => ({ articleId: row.id, ...m }))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** Whether mention `a` should be quoted before `b`: body before title, then reading order. */
function quotedFirst(
  a: { paragraph: number; start: number },
  b: { paragraph: number; start: number },
): boolean {
  if (a.paragraph < 0 !== b.paragraph < 0) return a.paragraph >= 0;
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);
}

/** The mention of `entityId` in an article row that the card quotes, or null. */
export function quotedMention(row: StoredArticle, entityId: string): RowMention | null {
  let best: RowMention | null = null;
  for (const m of row.mentions ?? []) {
    if (m.entityId === entityId && (!best || quotedFirst(m, best))) best = m;
  }
  return best;
}

const isPosition = (m: ArticleMention) =>
  Number.isInteger(m.paragraph) && Number.isInteger(m.start) && Number.isInteger(m.end);

/**
 * One row per entity listing the articles that mention it, newest first,
 * undated last (same date: higher id first, as the old reversed index read them). Mentions of articles not in `articles` are ignored; a mention
 * without integer positions throws (it could never be quoted).
 */
export function entityArticleRows(
  articles: readonly Article[],
  mentions: readonly ArticleMention[],
): EntityArticles[] {
  const dates = new Map(articles.map((a) => [a.id, a.date ?? '']));
  const byEntity = new Map<string, Map<string, string>>();
  for (const m of mentions) {
    const sortDate = dates.get(m.articleId);
    if (sortDate === undefined) continue;
    if (!isPosition(m)) throw new Error(`malformed mention in article ${m.articleId}`);
    let list = byEntity.get(m.entityId);
    if (!list) byEntity.set(m.entityId, (list = new Map()));
    list.set(m.articleId, sortDate);
  }
  return [...byEntity].map(([entityId, list]) => ({ entityId, ...sortedPairs(list) }));
}

/** Article ids with their sort dates (article id → date, '' undated), newest first, undated last, same date: higher id first. */
export function sortedPairs(
  dates: ReadonlyMap<string, string>,
): Pick<EntityArticles, 'articleIds' | 'sortDates'> {
  const pairs = [...dates].sort((a, b) =>
    a[1] === b[1] ? (a[0] < b[0] ? 1 : -1) : a[1] < b[1] ? 1 : -1,
  );
  return { articleIds: pairs.map((p) => p[0]), sortDates: pairs.map((p) => p[1]) };
}

/**
 * One link per (entity, article) pair mentioned, carrying the article's date
 * for the date-ordered index and the mention the card quotes. Mentions of
 * articles not in `articles` are ignored. Used for reader articles.
 */
export function entityLinks(
  articles: readonly Article[],
  mentions: readonly ArticleMention[],
  origin: ArticleOrigin,
): EntityLink[] {
  const dates = new Map(articles.map((a) => [a.id, a.date ?? '']));
  const links = new Map<string, EntityLink>();
  for (const m of mentions) {
    const sortDate = dates.get(m.articleId);
    if (sortDate === undefined) continue;
    const key = `${m.entityId}\u0000${m.articleId}`;
    const link = links.get(key);
    const first = { paragraph: m.paragraph, start: m.start, end: m.end };
    if (!link)
      links.set(key, { entityId: m.entityId, articleId: m.articleId, sortDate, origin, first });
    else if (quotedFirst(m, link.first)) link.first = first;
  }
  return [...links.values()];
}
