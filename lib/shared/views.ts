/**
 * What the background answers with, as the UI shows it: entities, article
 * rows, hits, the corpus's state, a clip's and an import's outcome. Each is
 * declared once, as a schema, and its type is inferred from it: the storage
 * layer builds these, the message layer checks them on receipt. A schema is
 * built the first time it is asked for (`once`): a page that never receives
 * one never pays for it.
 */
import * as v from 'valibot';
import {
  ENTITY_KINDS,
  LANGUAGES,
  MATCH_RULES,
  type Article,
  type ArticleMention,
} from './corpus/types';
import { once } from './once';

const nullableText = () => v.nullable(v.string());
const bilingual = () => v.object({ en: v.string(), vi: v.string() });
/** Where a word sits inside a text (UTF-16, end exclusive). */
const span = () => v.object({ start: v.number(), end: v.number() });

/** An entity as the UI shows it. `foundInReaderArticles`: learned from the reader's own articles. */
export const entityViewSchema = once(() =>
  v.object({
    id: v.string(),
    kind: v.picklist(ENTITY_KINDS),
    name: bilingual(),
    role: bilingual(),
    country: v.string(),
    foundInReaderArticles: v.optional(v.boolean()),
  }),
);
export type EntityView = v.InferOutput<ReturnType<typeof entityViewSchema>>;

const summaryEntries = () => ({
  id: v.string(),
  date: nullableText(),
  title: v.string(),
  language: v.picklist(LANGUAGES),
  source: nullableText(),
  place: nullableText(),
});

/** An article in a list: enough for a row in the card or the popup. */
export const articleSummarySchema = once(() => v.object(summaryEntries()));
export type ArticleSummary = v.InferOutput<ReturnType<typeof articleSummarySchema>>;

/**
 * A related article with `sentence`, the sentence around the entity's first
 * mention, `highlight` where the mention sits in it, and `sharedEntities`, how
 * many of the page's other entities it also mentions (for ranking).
 */
const relatedArticleSchema = once(() =>
  v.object({
    ...summaryEntries(),
    sentence: v.string(),
    highlight: span(),
    sharedEntities: v.number(),
  }),
);
export type RelatedArticle = v.InferOutput<ReturnType<typeof relatedArticleSchema>>;

/**
 * A search hit: `snippet`, text around the best match (or the article's
 * opening when the match is in the title or a name), `highlight` where the
 * matched word sits in it when it is there, and `score` in (0, 1], higher better.
 */
export const searchHitSchema = once(() =>
  v.object({
    ...summaryEntries(),
    snippet: v.string(),
    highlight: v.optional(span()),
    score: v.number(),
  }),
);
export type SearchHit = v.InferOutput<ReturnType<typeof searchHitSchema>>;

/** What is loaded; `loading` while the bundle is (re)loaded, `error` the last load error in words a reader can act on. */
export const corpusInfoSchema = once(() =>
  v.object({
    version: nullableText(),
    articles: v.number(),
    entities: v.number(),
    newestDate: nullableText(),
    loading: v.boolean(),
    error: nullableText(),
  }),
);
export type CorpusInfo = v.InferOutput<ReturnType<typeof corpusInfoSchema>>;

/** The related articles of one entity, newest first. */
export const relatedArticlesSchema = once(() =>
  v.object({
    entity: v.nullable(entityViewSchema()),
    articles: v.array(relatedArticleSchema()),
    total: v.number(),
  }),
);
export type RelatedArticles = v.InferOutput<ReturnType<typeof relatedArticlesSchema>>;

/** A reader-added article in the options list; `addedAt` when the reader added it (ISO 8601). */
export const readerArticleSummarySchema = once(() =>
  v.object({
    ...summaryEntries(),
    url: nullableText(),
    addedAt: v.string(),
  }),
);
export type ReaderArticleSummary = v.InferOutput<ReturnType<typeof readerArticleSummarySchema>>;

/** What clipping a tab did, in words the popup can show. */
export const clipOutcomeSchema = once(() =>
  v.variant('status', [
    v.object({
      status: v.literal('added'),
      article: readerArticleSummarySchema(),
      entities: v.array(entityViewSchema()),
    }),
    v.object({
      status: v.literal('duplicate'),
      article: readerArticleSummarySchema(),
      by: v.picklist(['url', 'content']),
    }),
    v.object({ status: v.literal('not-article'), message: v.string() }),
    v.object({ status: v.literal('failed'), message: v.string() }),
  ]),
);
export type ClipOutcome = v.InferOutput<ReturnType<typeof clipOutcomeSchema>>;

/**
 * What became of one import, for the options page; `startedAt` ISO 8601;
 * `interrupted`: the browser or the worker stopped before it was stored.
 */
export const importNoteSchema = once(() =>
  v.object({
    source: v.string(),
    total: v.number(),
    startedAt: v.string(),
    state: v.picklist(['done', 'cancelled', 'failed', 'interrupted']),
    added: v.number(),
  }),
);
export type ImportNote = v.InferOutput<ReturnType<typeof importNoteSchema>>;

/** A corpus article as the reader page shows it (its type is the corpus's own). */
const articleSchema = once(
  () =>
    v.object({
      ...summaryEntries(),
      author: nullableText(),
      paragraphs: v.array(v.string()),
      origin: v.picklist(['bundled', 'reader']),
      url: v.optional(v.string()),
    }) satisfies v.GenericSchema<unknown, Article>,
);

const articleMentionSchema = once(
  () =>
    v.object({
      articleId: v.string(),
      entityId: v.string(),
      paragraph: v.number(),
      start: v.number(),
      end: v.number(),
      surface: v.string(),
      rule: v.picklist(MATCH_RULES),
    }) satisfies v.GenericSchema<unknown, ArticleMention>,
);

/** One article with its mentions in reading order and the entities they name. */
export const articleDetailSchema = once(() =>
  v.object({
    article: v.nullable(articleSchema()),
    mentions: v.array(articleMentionSchema()),
    entities: v.array(entityViewSchema()),
  }),
);
export type ArticleDetail = v.InferOutput<ReturnType<typeof articleDetailSchema>>;
