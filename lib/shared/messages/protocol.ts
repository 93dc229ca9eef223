/**
 * The one message contract: every call in each direction, its request and
 * its response declared once as schemas (valibot), with one line on what the
 * call does. The calls a web page's content script makes and answers are in
 * page-calls.ts (so the page loads only theirs) and are part of the maps here.
 * The TypeScript types are inferred from the schemas; the side that receives a
 * request or a response checks it with the same schema.
 */
import * as v from 'valibot';
import { checkReaderItem, type ReaderArticleItem } from '../reader/reader-item';
import type { ImportOutcome } from '../reader/export-file';
import type { MatchRule } from '../corpus/types';
import type { contentCalls } from './page-calls';
import { contentScriptCalls, controlCalls } from './page-calls';
import {
  articleDetailSchema,
  clipOutcomeSchema,
  corpusInfoSchema,
  importNoteSchema,
  readerArticleSummarySchema,
  searchHitSchema,
} from '../views';
import {
  anyCount,
  call,
  empty,
  id,
  idMessage,
  LIMITS,
  limit,
  READER_LIMITS,
  request,
  text,
  whole,
  type CallSchema,
  type CallTypes,
} from './schema-kit';

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

/** Reader articles as they travel, each checked and tidied by {@link checkReaderItem}. */
const readerItems = (max: number, message: string) =>
  v.pipe(
    v.array(v.unknown(), message),
    v.maxLength(max, message),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const items: ReaderArticleItem[] = [];
      for (const [i, value] of dataset.value.entries()) {
        const checked = checkReaderItem(value);
        if (!checked.ok) {
          addIssue({ message: `item ${i}: ${checked.reason}` });
          return NEVER;
        }
        items.push(checked.item);
      }
      return items;
    }),
  );

const readerItem = () =>
  v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const checked = checkReaderItem(dataset.value);
      if (checked.ok) return checked.item;
      addIssue({ message: checked.reason });
      return NEVER;
    }),
  );

const importOutcomeSchema = () =>
  v.object({
    added: v.number(),
    skipped: v.array(
      v.object({
        where: v.union([v.number(), v.string()]),
        title: v.optional(v.string()),
        reason: v.string(),
      }),
    ),
  }) satisfies v.GenericSchema<unknown, ImportOutcome>;

const importIdOnly = () => request({ importId: id(idMessage('importId')) });

/** Calls from any extension context (content script, popup, reader) to the background. */
export const backgroundCalls = {
  ...controlCalls,
  ...contentScriptCalls,
  /** Fuzzy, accent-insensitive search over titles, entity names and aliases, and text. */
  search: call(
    () =>
      request({
        query: text(LIMITS.query, `query must be a string of at most ${LIMITS.query} characters`),
        limit: limit(),
      }),
    () => v.object({ hits: v.array(searchHitSchema()) }),
  ),
  /** One article with its mentions, for the reader page. */
  article: call(
    () => request({ id: id(idMessage('id')) }),
    () => articleDetailSchema(),
  ),
  /** What is loaded: counts, version, newest date, load state. */
  corpusInfo: call(
    () => empty(),
    () => corpusInfoSchema(),
  ),
  // ── reader articles ──
  /** Extract the article in tab `tabId` (Readability, in the page), link its entities and store it. */
  clipTab: call(
    () => request({ tabId: anyCount('tabId must be a tab id') }),
    () => clipOutcomeSchema(),
  ),
  /** The reader's added articles, newest added first. */
  readerArticles: call(
    () => empty(),
    () => v.object({ articles: v.array(readerArticleSummarySchema()) }),
  ),
  /** A page of the reader's articles as export items (oldest added first), and how many there are. */
  readerArticleItems: call(
    () =>
      request({
        offset: anyCount('offset must be an integer ≥ 0'),
        limit: whole(
          1,
          READER_LIMITS.page,
          `limit must be an integer from 1 to ${READER_LIMITS.page}`,
        ),
      }),
    () =>
      v.object({
        items: readerItems(READER_LIMITS.page, 'items must be a list of articles'),
        total: v.number(),
      }),
  ),
  /** Delete one reader article; returns it as an item so the reader can undo. */
  deleteReaderArticle: call(
    () => request({ id: id(idMessage('id')) }),
    () => v.object({ removed: v.nullable(readerItem()) }),
  ),
  /** Start import `importId` of `total` items from `source` (the picked files' names): its journal row. */
  importBegin: call(
    () =>
      request({
        importId: id(idMessage('importId')),
        total: anyCount('total must be an integer ≥ 0'),
        source: text(2000, 'source must be text of at most 2000 characters'),
      }),
    () => v.object({ started: v.literal(true) }),
  ),
  /** Stage checked items of a begun import `importId` (linked, not yet stored). */
  importChunk: call(
    () =>
      request({
        importId: id(idMessage('importId')),
        items: readerItems(
          READER_LIMITS.chunk,
          `items must be a list of at most ${READER_LIMITS.chunk} articles`,
        ),
      }),
    () => v.object({ staged: v.number() }),
  ),
  /**
   * Store every staged item of `importId` that is not a duplicate, in one transaction, or none. A
   * large commit outlasts one message: `saving` means call again with the same id to keep waiting.
   */
  importCommit: call(
    () => importIdOnly(),
    () =>
      v.variant('state', [
        v.object({ state: v.literal('saving') }),
        v.object({ state: v.literal('done'), outcome: importOutcomeSchema() }),
      ]),
  ),
  /** Cancel `importId`: drop what it staged, or abort its commit; `aborted` false when it was already stored. */
  importAbort: call(
    () => importIdOnly(),
    () => v.object({ aborted: v.boolean() }),
  ),
  /** Imports whose outcome no options page has shown (finished after it closed, or cut off); now marked shown. */
  importNotes: call(
    () => empty(),
    () => v.object({ imports: v.array(importNoteSchema()) }),
  ),
} satisfies Record<string, CallSchema>;

export { contentCalls, contentScriptCalls, controlCalls, type PageEntity } from './page-calls';

export type ControlCalls = CallTypes<typeof controlCalls>;
export type BackgroundCalls = CallTypes<typeof backgroundCalls>;
export type ContentCalls = CallTypes<typeof contentCalls>;
export type ContentScriptCalls = CallTypes<typeof contentScriptCalls>;

/** The schemas of a call map's calls, for the side that checks them. */
export type CallSchemas<M> = { [K in keyof M]: CallSchema };

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
