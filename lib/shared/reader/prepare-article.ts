import { mentionsIn } from '../match/build-bundle';
import type { Article, ArticleMention } from '../corpus/types';
import type { ReaderRecord } from '../rows';
import type { Matcher } from '../match/types';
import { contentHash, normalizeUrl, readerArticleId } from './identity';
import type { ReaderArticleItem } from './reader-item';

/** A reader article ready to store: its row, its bookkeeping and its mentions. */
export interface PreparedReaderArticle {
  article: Article;
  record: ReaderRecord;
  mentions: ArticleMention[];
}

/**
 * Turn a checked item into the rows the database stores: the id from the
 * content hash, the normalised address, and the mentions found by the same
 * matcher (and the same whole-article short-form rule) as the bundled corpus.
 */
export async function prepareReaderArticle(
  item: ReaderArticleItem,
  matcher: Matcher,
): Promise<PreparedReaderArticle> {
  const hash = await contentHash(item);
  const id = readerArticleId(hash);
  const url = item.url === null ? undefined : normalizeUrl(item.url);
  const article: Article = {
    id,
    date: item.date,
    title: item.title,
    language: item.language,
    place: item.place,
    source: item.source,
    author: item.author,
    paragraphs: item.paragraphs,
    origin: 'reader',
    ...(item.url === null ? {} : { url: item.url }),
  };
  const record: ReaderRecord = {
    id,
    hash,
    addedAt: Date.parse(item.addedAt),
    ...(url ? { url } : {}),
  };
  return { article, record, mentions: mentionsIn(article, matcher) };
}

/** The item an article was made from (for export and undo). */
export function itemOf(article: Article, record: ReaderRecord): ReaderArticleItem {
  return articleItem(article, new Date(record.addedAt).toISOString());
}

/** An article as an export/import item, added at `addedAt` (ISO time). */
export function articleItem(article: Article, addedAt: string): ReaderArticleItem {
  return {
    url: article.url ?? null,
    title: article.title,
    date: article.date,
    language: article.language,
    source: article.source,
    place: article.place,
    author: article.author,
    paragraphs: article.paragraphs,
    addedAt,
  };
}
