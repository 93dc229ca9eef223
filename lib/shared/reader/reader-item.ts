import { isIsoDate } from '../format/calendar';
import type { Language } from '../corpus/types';

/**
 * One reader-added article as it travels: in the export file, in import chunks
 * and out of the clipper. Mentions and ids are not part of it: the background
 * derives them (the matcher and the content hash may change between versions).
 */
export interface ReaderArticleItem {
  /** The page address, or null for an article imported from a `.txt` file without one. */
  url: string | null;
  title: string;
  /** ISO `YYYY-MM-DD` as published, or null: never invented. */
  date: string | null;
  language: Language;
  /** Site name (`Việt Nam News`) or agency signature (`VNS`), or null. */
  source: string | null;
  place: string | null;
  author: string | null;
  paragraphs: string[];
  /** When the reader added it, ISO 8601 (`2025-11-02T09:30:00.000Z`). */
  addedAt: string;
}

/** Bounds that keep one article storable and one message cheap. */
export const ITEM_LIMITS = {
  url: 2048,
  title: 1000,
  field: 300,
  paragraphs: 5000,
  paragraph: 100_000,
  text: 2_000_000,
} as const;

/** A checked item, or why it was refused (plain words for the reader). */
export type CheckedItem = { ok: true; item: ReaderArticleItem } | { ok: false; reason: string };

const ITEM_FIELDS = [
  'url',
  'title',
  'date',
  'language',
  'source',
  'place',
  'author',
  'paragraphs',
  'addedAt',
];
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export { isIsoDate };

function isWebUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function optionalText(v: unknown, name: string): string | undefined {
  if (v === null) return undefined;
  if (typeof v !== 'string') return `${name} must be text or null`;
  return v.length <= ITEM_LIMITS.field ? undefined : `${name} is longer than ${ITEM_LIMITS.field}`;
}

function paragraphsProblem(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length === 0) return 'paragraphs must be a non-empty list of text';
  if (v.length > ITEM_LIMITS.paragraphs) return `more than ${ITEM_LIMITS.paragraphs} paragraphs`;
  let total = 0;
  for (const [i, p] of v.entries()) {
    if (typeof p !== 'string' || p.trim() === '') return `paragraph ${i + 1} is not text`;
    if (p.length > ITEM_LIMITS.paragraph) return `paragraph ${i + 1} is too long`;
    total += p.length;
  }
  return total > ITEM_LIMITS.text ? 'the article text is too long' : undefined;
}

/** The first thing wrong with the fields of a would-be item, or undefined. */
function problemOf(r: Record<string, unknown>): string | undefined {
  const extra = Object.keys(r).find((k) => !ITEM_FIELDS.includes(k));
  if (extra !== undefined) return `unknown field "${extra}"`;
  if (r.url !== null && (typeof r.url !== 'string' || r.url.length > ITEM_LIMITS.url))
    return 'url must be a web address or null';
  if (typeof r.url === 'string' && !isWebUrl(r.url)) return `url "${r.url}" is not http(s)`;
  if (typeof r.title !== 'string' || r.title.trim() === '') return 'title is missing';
  if (r.title.length > ITEM_LIMITS.title) return 'title is too long';
  if (r.date !== null && !isIsoDate(r.date))
    return `date must be YYYY-MM-DD (a real day) or null, not ${JSON.stringify(r.date)}`;
  if (r.language !== 'en' && r.language !== 'vi') return 'language must be "en" or "vi"';
  const text =
    optionalText(r.source, 'source') ??
    optionalText(r.place, 'place') ??
    optionalText(r.author, 'author');
  if (text) return text;
  if (typeof r.addedAt !== 'string' || !ISO_TIME.test(r.addedAt) || isNaN(Date.parse(r.addedAt)))
    return 'addedAt must be an ISO time such as 2025-11-02T09:30:00.000Z';
  return paragraphsProblem(r.paragraphs);
}

/**
 * Check one item field by field. Missing optional fields (`url`, `date`,
 * `source`, `place`, `author`) count as null; anything else unknown or
 * malformed refuses the item with the first reason found.
 */
export function checkReaderItem(value: unknown): CheckedItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'an article must be an object' };
  const r: Record<string, unknown> = { ...value };
  for (const k of ['url', 'date', 'source', 'place', 'author']) r[k] ??= null;
  const reason = problemOf(r);
  if (reason !== undefined) return { ok: false, reason };
  return {
    ok: true,
    item: {
      url: r.url as string | null,
      title: (r.title as string).trim(),
      date: r.date as string | null,
      language: r.language as ReaderArticleItem['language'],
      source: r.source as string | null,
      place: r.place as string | null,
      author: r.author as string | null,
      paragraphs: (r.paragraphs as string[]).map((p) => p.trim()),
      addedAt: r.addedAt as string,
    },
  };
}
