/**
 * What the background answers with, as the UI shows it: entities, article
 * rows, hits, the corpus's state, a clip's and an import's outcome. Plain
 * serialisable data, shared by the storage layer that builds it and the
 * message contract that carries it.
 */
import type { Article, ArticleMention, EntityKind, Language } from './corpus/types';

/** An entity as the UI shows it. */
export interface EntityView {
  id: string;
  kind: EntityKind;
  name: { en: string; vi: string };
  role: { en: string; vi: string };
  country: string;
  /** The name was learned from the reader's own articles (not the corpus's). */
  foundInReaderArticles?: boolean;
}

/** An article in a list: enough for a row in the card or the popup. */
export interface ArticleSummary {
  id: string;
  date: string | null;
  title: string;
  language: Language;
  source: string | null;
  place: string | null;
}

/** A related article with the sentence that mentions the entity. */
export interface RelatedArticle extends ArticleSummary {
  /** The sentence around the first mention. */
  sentence: string;
  /** Where the mention sits inside `sentence` (UTF-16, end exclusive). */
  highlight: { start: number; end: number };
  /** How many of the page's other entities this article also mentions (for ranking). */
  sharedEntities: number;
}

export interface SearchHit extends ArticleSummary {
  /** Text around the best match (or the article's opening when the match is in the title or a name). */
  snippet: string;
  /** Where the matched word sits inside `snippet` (UTF-16, end exclusive), when it is there. */
  highlight?: { start: number; end: number };
  /** Relevance in (0, 1], higher is better. */
  score: number;
}

export interface CorpusInfo {
  version: string | null;
  articles: number;
  entities: number;
  newestDate: string | null;
  /** True while the bundle is being (re)loaded. */
  loading: boolean;
  /** The last load error, if any, in words a reader can act on. */
  error: string | null;
}

/** The related articles of one entity, newest first. */
export interface RelatedArticles {
  entity: EntityView | null;
  articles: RelatedArticle[];
  total: number;
}

/** A reader-added article in the options list. */
export interface ReaderArticleSummary extends ArticleSummary {
  url: string | null;
  /** When the reader added it (ISO 8601). */
  addedAt: string;
}

/** What clipping a tab did, in words the popup can show. */
export type ClipOutcome =
  | { status: 'added'; article: ReaderArticleSummary; entities: EntityView[] }
  | { status: 'duplicate'; article: ReaderArticleSummary; by: 'url' | 'content' }
  | { status: 'not-article'; message: string }
  | { status: 'failed'; message: string };

/** What became of one import, for the options page. `interrupted`: the browser or the worker stopped before it was stored. */
export interface ImportNote {
  source: string;
  total: number;
  /** When it started (ISO 8601). */
  startedAt: string;
  state: 'done' | 'cancelled' | 'failed' | 'interrupted';
  added: number;
}

/** One article with its mentions in reading order and the entities they name. */
export interface ArticleDetail {
  article: Article | null;
  mentions: ArticleMention[];
  entities: EntityView[];
}
