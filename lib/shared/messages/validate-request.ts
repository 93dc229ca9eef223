import { checkReaderItem, type ReaderArticleItem } from '../reader/reader-item';
import type { BackgroundCalls, ControlCalls } from './protocol';
import {
  fields,
  isId,
  isIdList,
  isLimit,
  LIMITS,
  no,
  ok,
  type Checked,
  type Validators,
} from './validate-common';

export { LIMITS, type Checked, type Validator, type Validators } from './validate-common';
export { contentValidators } from './validate-content';

// ── reader articles ──
/** Bounds for reader-article calls: items per import chunk, items per export page. */
export const READER_LIMITS = { chunk: 500, page: 1000 } as const;

function isCount(v: unknown, max: number): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
}

/** The checked items of a chunk, or why the chunk is refused (naming the first bad item). */
function readerItems(v: unknown): ReaderArticleItem[] | string {
  if (!Array.isArray(v) || v.length > READER_LIMITS.chunk)
    return `items must be a list of at most ${READER_LIMITS.chunk} articles`;
  const items: ReaderArticleItem[] = [];
  for (const [i, value] of v.entries()) {
    const checked = checkReaderItem(value);
    if (!checked.ok) return `item ${i}: ${checked.reason}`;
    items.push(checked.item);
  }
  return items;
}

function importIdOnly(v: unknown): Checked<{ importId: string }> {
  const f = fields(v, ['importId']);
  if (typeof f === 'string') return no(f);
  return isId(f.importId)
    ? ok({ importId: f.importId })
    : no('importId must be a non-empty string');
}

const readerValidators: Pick<
  Validators<BackgroundCalls>,
  | 'clipTab'
  | 'readerArticles'
  | 'readerArticleItems'
  | 'deleteReaderArticle'
  | 'importBegin'
  | 'importChunk'
  | 'importCommit'
  | 'importAbort'
  | 'importNotes'
> = {
  clipTab(v) {
    const f = fields(v, ['tabId']);
    if (typeof f === 'string') return no(f);
    return isCount(f.tabId, Number.MAX_SAFE_INTEGER)
      ? ok({ tabId: f.tabId })
      : no('tabId must be a tab id');
  },
  readerArticles(v) {
    const f = fields(v, []);
    return typeof f === 'string' ? no(f) : ok({});
  },
  readerArticleItems(v) {
    const f = fields(v, ['offset', 'limit']);
    if (typeof f === 'string') return no(f);
    if (!isCount(f.offset, Number.MAX_SAFE_INTEGER)) return no('offset must be an integer ≥ 0');
    if (!isCount(f.limit, READER_LIMITS.page) || f.limit === 0)
      return no(`limit must be an integer from 1 to ${READER_LIMITS.page}`);
    return ok({ offset: f.offset, limit: f.limit });
  },
  deleteReaderArticle(v) {
    const f = fields(v, ['id']);
    if (typeof f === 'string') return no(f);
    return isId(f.id) ? ok({ id: f.id }) : no('id must be a non-empty string');
  },
  importChunk(v) {
    const f = fields(v, ['importId', 'items']);
    if (typeof f === 'string') return no(f);
    if (!isId(f.importId)) return no('importId must be a non-empty string');
    const items = readerItems(f.items);
    return typeof items === 'string' ? no(items) : ok({ importId: f.importId, items });
  },
  importBegin(v) {
    const f = fields(v, ['importId', 'total', 'source']);
    if (typeof f === 'string') return no(f);
    if (!isId(f.importId)) return no('importId must be a non-empty string');
    if (!isCount(f.total, Number.MAX_SAFE_INTEGER)) return no('total must be an integer ≥ 0');
    if (typeof f.source !== 'string' || f.source.length > 2000)
      return no('source must be text of at most 2000 characters');
    return ok({ importId: f.importId, total: f.total, source: f.source });
  },
  importCommit: importIdOnly,
  importAbort: importIdOnly,
  importNotes(v) {
    const f = fields(v, []);
    return typeof f === 'string' ? no(f) : ok({});
  },
};

// Reader controls.
/** Validators for {@link ControlCalls} (spread into {@link backgroundValidators}). */
export const controlValidators: Validators<ControlCalls> = {
  entities(v) {
    const f = fields(v, []);
    return typeof f === 'string' ? no(f) : ok({});
  },
  pageMentions(v) {
    const f = fields(v, ['count']);
    if (typeof f === 'string') return no(f);
    const n = f.count;
    return Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 1_000_000
      ? ok({ count: n as number })
      : no('count must be a whole number from 0');
  },
};

/** Validators for the calls the background answers. */
export const backgroundValidators: Validators<BackgroundCalls> = {
  ...controlValidators,
  relatedArticles(v) {
    const f = fields(v, ['entityId', 'pageEntityIds', 'limit']);
    if (typeof f === 'string') return no(f);
    if (!isId(f.entityId)) return no('entityId must be a non-empty string');
    if (!isIdList(f.pageEntityIds))
      return no(`pageEntityIds must be at most ${LIMITS.pageEntities} ids`);
    if (!isLimit(f.limit)) return no(`limit must be an integer from 1 to ${LIMITS.results}`);
    return ok({ entityId: f.entityId, pageEntityIds: f.pageEntityIds, limit: f.limit });
  },
  search(v) {
    const f = fields(v, ['query', 'limit']);
    if (typeof f === 'string') return no(f);
    if (typeof f.query !== 'string' || f.query.length > LIMITS.query)
      return no(`query must be a string of at most ${LIMITS.query} characters`);
    if (!isLimit(f.limit)) return no(`limit must be an integer from 1 to ${LIMITS.results}`);
    return ok({ query: f.query, limit: f.limit });
  },
  article(v) {
    const f = fields(v, ['id']);
    if (typeof f === 'string') return no(f);
    return isId(f.id) ? ok({ id: f.id }) : no('id must be a non-empty string');
  },
  corpusInfo(v) {
    const f = fields(v, []);
    return typeof f === 'string' ? no(f) : ok({});
  },
  openArticle(v) {
    const f = fields(v, ['id']);
    if (typeof f === 'string') return no(f);
    return isId(f.id) ? ok({ id: f.id }) : no('id must be a non-empty string');
  },
  siftPage(v) {
    const f = fields(v, ['token', 'texts']);
    if (typeof f === 'string') return no(f);
    if (!isId(f.token)) return no('token must be a non-empty string');
    if (!isTextList(f.texts))
      return no(
        `texts must be at most ${LIMITS.pageParts} strings of ${LIMITS.pageChars} characters in all`,
      );
    return ok({ token: f.token, texts: f.texts });
  },
  matchPage(v) {
    const f = fields(v, ['token', 'runs', 'alreadyNamed']);
    if (typeof f === 'string') return no(f);
    if (!isId(f.token)) return no('token must be a non-empty string');
    if (!isRunList(f.runs)) return no(`runs must be at most ${LIMITS.pageParts} lists of integers`);
    if (!Array.isArray(f.alreadyNamed) || !isIdList(f.alreadyNamed))
      return no(`alreadyNamed must be at most ${LIMITS.pageEntities} ids`);
    return ok({ token: f.token, runs: f.runs, alreadyNamed: f.alreadyNamed });
  },
  loadCard(v) {
    const f = fields(v, []);
    return typeof f === 'string' ? no(f) : ok({});
  },
  ...readerValidators,
};

function isRunList(v: unknown): v is number[][] {
  if (!Array.isArray(v) || v.length > LIMITS.pageParts) return false;
  return v.every((r) => Array.isArray(r) && r.length % 3 === 0 && r.every(Number.isInteger));
}

function isTextList(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > LIMITS.pageParts) return false;
  let chars = 0;
  for (const t of v) {
    if (typeof t !== 'string') return false;
    chars += t.length;
  }
  return chars <= LIMITS.pageChars;
}
