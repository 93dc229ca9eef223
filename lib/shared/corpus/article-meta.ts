import { isCalendarDate } from '../format/calendar';
import { CorpusError, throwIfAny } from './corpus-error';
import { FieldReader, isObject } from './json-fields';
import { parseLocatedJson } from './located-json';
import type { Article, Language } from './types';

/**
 * Explicit metadata written beside a seed (`seeds/<stem>.meta.json`). What it
 * says overrides what the parser inferred; it is also the only way an
 * undated article may get a date.
 */
export interface ArticleMeta {
  date?: string;
  title?: string;
  source?: string;
  author?: string;
  language?: Language;
  url?: string;
}

const FIELDS = ['date', 'title', 'source', 'author', 'language', 'url'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parse and validate a metadata sidecar, reporting every problem with its line.
 * @throws CorpusError for one problem, CorpusErrors for several.
 */
export function parseArticleMeta(file: string, text: string): ArticleMeta {
  return readMeta(file, text).meta;
}

/**
 * Apply a sidecar to the article it sits beside. A date that contradicts the
 * article's own date header is an error, not an override: one of them is wrong.
 * @throws CorpusError naming the sidecar file and line.
 */
export function withArticleMeta(article: Article, file: string, text: string): Article {
  const { meta, lineOf } = readMeta(file, text);
  if (meta.date !== undefined && article.date !== null && meta.date !== article.date) {
    throw new CorpusError(
      file,
      lineOf('date'),
      `date ${meta.date} contradicts the article's date header ${article.date}`,
    );
  }
  return { ...article, ...meta };
}

function readMeta(
  file: string,
  text: string,
): { meta: ArticleMeta; lineOf: (key: string) => number } {
  const json = parseLocatedJson(file, text.replace(/^\uFEFF/, ''));
  const root = json.value;
  if (!isObject(root))
    throw new CorpusError(
      file,
      1,
      'a metadata file is an object: { "date"?, "title"?, "source"?, "url"? }',
    );
  const read = new FieldReader(file, json);
  read.onlyKnown(root, FIELDS, 'the metadata');
  const optional = { optional: true };
  const raw: ArticleMeta = {
    date: read.text(root, 'date', 'the metadata', {
      optional: true,
      pattern: ISO_DATE,
      hint: 'dates are YYYY-MM-DD',
    }),
    title: read.text(root, 'title', 'the metadata', optional)?.trim(),
    source: read.text(root, 'source', 'the metadata', optional)?.trim(),
    author: read.text(root, 'author', 'the metadata', optional)?.trim(),
    language: read.oneOf(root, 'language', 'the metadata', ['en', 'vi'] as const, true),
    url: read.text(root, 'url', 'the metadata', optional),
  };
  if (
    raw.date !== undefined &&
    !isCalendarDate(...(raw.date.split('-').map(Number) as [number, number, number]))
  ) {
    read.fail(root, 'date', `impossible date "${raw.date}" in the metadata`);
  }
  if (raw.url !== undefined && !isWebAddress(raw.url))
    read.fail(root, 'url', `"url" ${JSON.stringify(raw.url)} is not an http(s) address`);
  throwIfAny(read.errors);
  const meta = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined),
  ) as ArticleMeta;
  return { meta, lineOf: (key) => json.lineOf(root, key) };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
