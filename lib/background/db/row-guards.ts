/**
 * Cheap shape checks on rows as they are read. The store is the browser's
 * and can be damaged behind our back (another tool, a disk error, a test
 * writing garbage) in ways that keep the row counts `ensureCorpus` compares:
 * a row that fails here makes the query throw {@link DamagedStoreError}, and
 * the handler repairs the store from the bundle and asks again.
 */
import type { Article, ArticleMention, Entity } from '../../shared/corpus/types';
import type { EntityArticles } from './database';

/** A row read from IndexedDB does not have the shape it was written with. */
export class DamagedStoreError extends Error {
  constructor(table: string, key: unknown) {
    super(`damaged row in ${table}: ${JSON.stringify(key) ?? String(key)}`);
    this.name = 'DamagedStoreError';
  }
}

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';
const isOptionalText = (v: unknown) => v === undefined || isTextOrNull(v);
const isInt = (v: unknown) => Number.isInteger(v);
const isPair = (v: unknown) => isRow(v) && isText(v.en) && isText(v.vi);

/** Whether `v` is a well-formed article row. */
export function isArticleRow(v: unknown): v is Article {
  return (
    isRow(v) &&
    isText(v.id) &&
    isText(v.title) &&
    isTextOrNull(v.date) &&
    (v.language === 'en' || v.language === 'vi') &&
    isOptionalText(v.place) &&
    isOptionalText(v.source) &&
    Array.isArray(v.paragraphs) &&
    v.paragraphs.every(isText) &&
    (v.mentions === undefined || (Array.isArray(v.mentions) && v.mentions.every(isRowMention)))
  );
}

/** Whether `v` is a mention as an article row holds it. */
function isRowMention(v: unknown): boolean {
  return (
    isRow(v) &&
    isText(v.entityId) &&
    isInt(v.paragraph) &&
    isInt(v.start) &&
    isInt(v.end) &&
    isText(v.surface) &&
    isText(v.rule)
  );
}

/** Whether `v` is a well-formed `entityArticles` row. */
export function isEntityArticlesRow(v: unknown): v is EntityArticles {
  return (
    isRow(v) &&
    isText(v.entityId) &&
    Array.isArray(v.articleIds) &&
    Array.isArray(v.sortDates) &&
    v.articleIds.length === v.sortDates.length &&
    v.articleIds.every(isText) &&
    v.sortDates.every(isText)
  );
}

/** Whether `v` is a well-formed entity row. */
export function isEntityRow(v: unknown): v is Entity {
  return (
    isRow(v) &&
    isText(v.id) &&
    isText(v.kind) &&
    isPair(v.name) &&
    isPair(v.role) &&
    isText(v.country) &&
    Array.isArray(v.aliases)
  );
}

/** Whether `v` is a well-formed mention row. */
export function isMentionRow(v: unknown): v is ArticleMention {
  return isRowMention(v) && isText((v as { articleId?: unknown }).articleId);
}

/** Throw a {@link DamagedStoreError} naming the first row of `rows` that fails `ok` (`undefined`, a missing row, passes). */
export function guardRows<T>(
  table: string,
  rows: readonly (T | undefined)[],
  ok: (v: unknown) => boolean,
): void {
  for (const r of rows) {
    if (r !== undefined && !ok(r)) throw new DamagedStoreError(table, (r as Row | null)?.id ?? r);
  }
}
