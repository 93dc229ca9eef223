import type { BackgroundCalls, CallMap, ContentCalls } from './protocol';

/** A checked value, or why it was refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks one call's request as it arrives. */
export type Validator<T> = (value: unknown) => Checked<T>;

/** A validator for every call of a map: the type checker holds it complete. */
export type Validators<M extends CallMap<M>> = { [K in keyof M]: Validator<M[K]['request']> };

/** Bounds that keep a request cheap to answer. */
export const LIMITS = { id: 200, query: 500, pageEntities: 200, results: 100 } as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fields of `v`, or an error when it is not an object or has fields other than `allowed`. */
function fields(v: unknown, allowed: readonly string[]): Record<string, unknown> | string {
  if (!isRecord(v)) return 'the request must be an object';
  const extra = Object.keys(v).find((k) => !allowed.includes(k));
  return extra === undefined ? v : `unknown field "${extra}"`;
}

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= LIMITS.id;
}

function isLimit(v: unknown): v is number | undefined {
  return (
    v === undefined ||
    (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= LIMITS.results)
  );
}

function isIdList(v: unknown): v is string[] | undefined {
  return v === undefined || (Array.isArray(v) && v.length <= LIMITS.pageEntities && v.every(isId));
}

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(message: string): Checked<T> => ({ ok: false, message });

/** Validators for the calls the background answers. */
export const backgroundValidators: Validators<BackgroundCalls> = {
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
};

/** Validators for the calls a content script answers. */
export const contentValidators: Validators<ContentCalls> = {
  pageEntities(v) {
    const f = fields(v, []);
    return typeof f === 'string' ? no(f) : ok({});
  },
};
