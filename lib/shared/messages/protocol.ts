import type { EntityKind, MatchRule } from '../corpus/types';
import type { ImportOutcome } from '../reader/export-file';
import type { ReaderArticleItem } from '../reader/reader-item';
import type { PageMatch } from './page-wire';
import type {
  ArticleDetail,
  ClipOutcome,
  CorpusInfo,
  EntityView,
  ImportNote,
  ReaderArticleSummary,
  RelatedArticles,
  SearchHit,
} from '../views';

export type {
  ArticleDetail,
  ArticleSummary,
  ClipOutcome,
  CorpusInfo,
  EntityView,
  ImportNote,
  ReaderArticleSummary,
  RelatedArticle,
  RelatedArticles,
  SearchHit,
} from '../views';
export type { ImportOutcome } from '../reader/export-file';

/**
 * The one message contract. Each map lists the calls in one direction,
 * request and response side by side, with one line on what the call does.
 * Responses are plain serialisable data.
 */

/** Calls from any extension context (content script, popup, reader) to the background. */
export interface BackgroundCalls extends ControlCalls {
  /** Related articles for an entity, newest first; `pageEntityIds` ranks ties by overlap with the page. */
  relatedArticles: {
    request: { entityId: string; pageEntityIds?: string[]; limit?: number };
    response: RelatedArticles;
  };
  /** Fuzzy, accent-insensitive search over titles, entity names and aliases, and text. */
  search: {
    request: { query: string; limit?: number };
    response: { hits: SearchHit[] };
  };
  /** One article with its mentions, for the reader page. */
  article: {
    request: { id: string };
    response: ArticleDetail;
  };
  /** What is loaded: counts, version, newest date, load state. */
  corpusInfo: {
    request: Record<string, never>;
    response: CorpusInfo;
  };
  /**
   * Open `reader.html?id=<id>` in a new tab next to the sender's. Content scripts need this: a web page
   * cannot reliably open an extension page itself (Firefox refuses, Chrome wants web_accessible_resources).
   */
  openArticle: {
    request: { id: string };
    response: { opened: boolean };
  };

  // ── page matching: the page reads, the background matches ──
  /**
   * The first look at a page's text (`texts`: its pieces, read in bulk): where a name may start in
   * each, sorted. The background keeps the pieces under `token` for the page's `matchPage`.
   */
  siftPage: {
    request: { token: string; texts: string[] };
    response: { at: number[][] };
  };
  /**
   * The mentions in the paragraphs the page marked (`runs`: each `[piece, start, end]` parts of the
   * pieces sent under `token`; see page-wire.ts), judged as one page with `alreadyNamed` named in
   * full elsewhere on it. `expired` when the pieces are no longer kept (the background restarted).
   */
  matchPage: {
    request: { token: string; runs: number[][]; alreadyNamed: string[] };
    response: { match: PageMatch } | { expired: true };
  };
  /** Load the card's code into the sender's frame (it is not part of the content script until needed). */
  loadCard: {
    request: Record<string, never>;
    response: { loaded: boolean };
  };

  // ── reader articles ──
  /** Extract the article in tab `tabId` (Readability, in the page), link its entities and store it. */
  clipTab: {
    request: { tabId: number };
    response: ClipOutcome;
  };
  /** The reader's added articles, newest added first. */
  readerArticles: {
    request: Record<string, never>;
    response: { articles: ReaderArticleSummary[] };
  };
  /** A page of the reader's articles as export items (oldest added first), and how many there are. */
  readerArticleItems: {
    request: { offset: number; limit: number };
    response: { items: ReaderArticleItem[]; total: number };
  };
  /** Delete one reader article; returns it as an item so the reader can undo. */
  deleteReaderArticle: {
    request: { id: string };
    response: { removed: ReaderArticleItem | null };
  };
  /** Start import `importId` of `total` items from `source` (the picked files' names): its journal row. */
  importBegin: {
    request: { importId: string; total: number; source: string };
    response: { started: true };
  };
  /** Stage checked items of a begun import `importId` (linked, not yet stored). */
  importChunk: {
    request: { importId: string; items: ReaderArticleItem[] };
    response: { staged: number };
  };
  /**
   * Store every staged item of `importId` that is not a duplicate, in one transaction, or none. A
   * large commit outlasts one message: `saving` means call again with the same id to keep waiting.
   */
  importCommit: {
    request: { importId: string };
    response: { state: 'saving' } | { state: 'done'; outcome: ImportOutcome };
  };
  /** Cancel `importId`: drop what it staged, or abort its commit; `aborted` false when it was already stored. */
  importAbort: {
    request: { importId: string };
    response: { aborted: boolean };
  };
  /** Imports whose outcome no options page has shown (finished after it closed, or cut off); now marked shown. */
  importNotes: {
    request: Record<string, never>;
    response: { imports: ImportNote[] };
  };
}

// Reader controls: background calls answered by lib/background/controls/control-handlers.ts.
/** Calls for the reader controls (options, popup filters, toolbar badge). */
export interface ControlCalls {
  /** Every entity with both names, for the popup's name filter and its "on this page" list. */
  entities: {
    request: Record<string, never>;
    response: { entities: EntityView[] };
  };
  /** The sender tab's mention count, shown on the toolbar badge when the reader wants it. */
  pageMentions: {
    request: { count: number };
    response: { badge: string };
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
  // Reader controls.
  /** Scroll to the next or previous mention (of `entityId`, or of any name), emphasise it and open its card. */
  focusMention: {
    request: { direction: 'next' | 'previous'; entityId?: string };
    response: { found: boolean };
  };
}

/** Why a call failed. `unavailable`: nobody to answer (no content script in the tab, corpus not loadable). */
export type CallErrorCode = 'bad-request' | 'not-found' | 'unavailable' | 'internal' | 'timeout';

export interface CallError {
  code: CallErrorCode;
  /** Plain words, safe to show. */
  message: string;
}

/** What every call resolves to: callers never see a thrown error or a hang. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** A request on the wire. `backstory: 1` marks our messages (and their format version). */
export interface CallEnvelope<M extends CallMap<M>, K extends keyof M = keyof M> {
  backstory: 1;
  call: K;
  request: M[K]['request'];
}

/** A call map (an interface such as {@link BackgroundCalls}): each call has a request and a response. */
export type CallMap<M> = { [K in keyof M]: { request: unknown; response: unknown } };

export type RequestOf<M extends CallMap<M>, K extends keyof M> = M[K]['request'];
export type ResponseOf<M extends CallMap<M>, K extends keyof M> = M[K]['response'];

/** Who sent a call, as far as a handler may need it (the tab of a content script). */
export interface CallContext {
  tabId?: number;
  /** The sender frame in its tab (0: the top frame). */
  frameId?: number;
  /** The sender tab's position in its window, to open a tab next to it. */
  tabIndex?: number;
}

/** A handler for every call of a map: the type checker holds it complete. */
export type Handlers<M extends CallMap<M>> = {
  [K in keyof M]: (request: M[K]['request'], context: CallContext) => Promise<M[K]['response']>;
};

export type { MatchRule };
