import type { Article, ArticleMention, EntityKind, Language, MatchRule } from '../corpus/types';

/**
 * The one message contract. Each map lists the calls in one direction,
 * request and response side by side, with one line on what the call does.
 * Responses are plain serialisable data.
 */

/** An entity as the UI shows it. */
export interface EntityView {
  id: string;
  kind: EntityKind;
  name: { en: string; vi: string };
  role: { en: string; vi: string };
  country: string;
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
  snippet: string;
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

/** Calls from any extension context (content script, popup, reader) to the background. */
export interface BackgroundCalls {
  /** Related articles for an entity, newest first; `pageEntityIds` ranks ties by overlap with the page. */
  relatedArticles: {
    request: { entityId: string; pageEntityIds?: string[]; limit?: number };
    response: { entity: EntityView | null; articles: RelatedArticle[]; total: number };
  };
  /** Fuzzy, accent-insensitive search over titles, entity names and aliases, and text. */
  search: {
    request: { query: string; limit?: number };
    response: { hits: SearchHit[] };
  };
  /** One article with its mentions, for the reader page. */
  article: {
    request: { id: string };
    response: {
      article: Article | null;
      mentions: ArticleMention[];
      entities: EntityView[];
    };
  };
  /** What is loaded: counts, version, newest date, load state. */
  corpusInfo: {
    request: Record<string, never>;
    response: CorpusInfo;
  };
}

/** An entity found on a page, with how often. */
export interface PageEntity {
  id: string;
  name: string;
  kind: EntityKind;
  count: number;
}

/** Calls from the popup to the content script of a tab. */
export interface ContentCalls {
  /** The entities highlighted on this page, most mentioned first. */
  pageEntities: {
    request: Record<string, never>;
    response: { entities: PageEntity[] };
  };
}

export type { MatchRule };
