import type { Article, ArticleMention, ArticleOrigin } from '../corpus/types';
import type { EntityLink, StoredMention } from './database';

/** Mentions tagged with the origin of the articles they belong to. */
export function storedMentions(
  mentions: readonly ArticleMention[],
  origin: ArticleOrigin,
): StoredMention[] {
  return mentions.map((m) => ({ ...m, origin }));
}

/** Whether mention `a` should be quoted before `b`: body before title, then reading order. */
function quotedFirst(a: ArticleMention, b: { paragraph: number; start: number }): boolean {
  if (a.paragraph < 0 !== b.paragraph < 0) return a.paragraph >= 0;
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);
}

/**
 * One link per (entity, article) pair mentioned, carrying the article's date
 * for the date-ordered index and the mention the card quotes. Mentions of
 * articles not in `articles` are ignored.
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
