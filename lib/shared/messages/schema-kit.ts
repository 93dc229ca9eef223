/**
 * The pieces every message schema is made of: the bounds that keep a request
 * cheap, fields that carry their own words for what is wrong, a request
 * object that refuses unknown fields, and the check that turns valibot's
 * issues into one plain sentence.
 */
import * as v from 'valibot';
import { once } from '../once';

/** Bounds that keep a request cheap to answer. */
export const LIMITS = {
  id: 200,
  query: 500,
  pageEntities: 200,
  results: 100,
  /** Page matching: pieces or paragraphs per call and characters in all of them (16 MB of text is far past any page). */
  pageParts: 100_000,
  pageChars: 16_000_000,
} as const;

/** Bounds for reader-article calls: items per import chunk, items per export page. */
export const READER_LIMITS = { chunk: 500, page: 1000 } as const;

/** A checked value, or why it was refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string of at most {@link LIMITS.id} characters. */
export const id = (message: string) =>
  v.pipe(v.string(message), v.minLength(1, message), v.maxLength(LIMITS.id, message));

/** A whole number from `min` to `max`. */
export const whole = (min: number, max: number, message: string) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));

/** At most {@link LIMITS.pageEntities} ids. */
export const idList = (message: string) =>
  v.pipe(v.array(id(message), message), v.maxLength(LIMITS.pageEntities, message));

/** How many results to return, 1 to {@link LIMITS.results}, when the caller says. */
export const limit = () =>
  v.optional(whole(1, LIMITS.results, `limit must be an integer from 1 to ${LIMITS.results}`));

/** Text of at most `max` characters. */
export const text = (max: number, message: string) =>
  v.pipe(v.string(message), v.maxLength(max, message));

/**
 * A value checked by a plain function rather than a schema per element: for
 * the page's bulk data (thousands of strings or numbers), where a schema per
 * value would cost the page milliseconds.
 */
export const checkedBy = <T>(is: (value: unknown) => value is T, message: string) =>
  v.custom<T>(is, message);

/** A request: an object with exactly these fields (an unknown one is refused by name). */
export const request = <const E extends v.ObjectEntries>(entries: E) =>
  v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? `unknown field "${String(issue.input)}"`
      : issue.expected === 'Object'
        ? 'the request must be an object'
        : `${issue.expected ?? 'a field'} is missing`,
  );

/** A request that carries nothing. */
export const empty = () => request({});

/**
 * Check `value` against `schema`: the value it stands for, or one sentence on
 * what is wrong. An object's unknown field is named before its bad values; a
 * missing field is told in that field's own words.
 */
export function check<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): Checked<v.InferOutput<S>> {
  // A request is an object, never a list (valibot's objects take arrays).
  if (Array.isArray(value) && schema.type === 'strict_object')
    return { ok: false, message: 'the request must be an object' };
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, message: wordsFor(schema, result.issues) };
}

function wordsFor(schema: v.GenericSchema, issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues.find((i) => i.expected === 'never') ?? issues[0]!;
  const path = first.path ?? [];
  const last = path.at(-1);
  let message = first.message;
  if (
    first.expected !== 'never' &&
    path.length === 1 &&
    last?.origin === 'key' &&
    'entries' in schema
  ) {
    // A missing field: the words its own schema gives for "nothing there".
    const field = (schema.entries as v.ObjectEntries)[String(last.key)];
    const nothing = field && v.safeParse(field, undefined);
    if (nothing && !nothing.success) message = nothing.issues[0].message;
  }
  // valibot's own words ("Invalid type: …") do not say where; ours name their field.
  const where = path.map((p) => String(p.key)).join('.');
  return where && message.startsWith('Invalid') ? `${where}: ${message}` : message;
}

/**
 * One call: what is sent and what comes back. Each schema is built the first
 * time it is asked for, so a page builds only the schemas of the calls it
 * makes and answers (a schema built at load costs every page that loads it).
 */
export interface CallSchema {
  request: () => v.GenericSchema;
  response: () => v.GenericSchema;
}

export function call<Q extends v.GenericSchema, R extends v.GenericSchema>(
  request: () => Q,
  response: () => R,
): { request: () => Q; response: () => R } {
  return { request: once(request), response: once(response) };
}

export const anyCount = (message: string) => whole(0, Number.MAX_SAFE_INTEGER, message);

export const idMessage = (field: string) => `${field} must be a non-empty string`;

/** The request and response types of a schema map. */
export type CallTypes<S extends Record<string, CallSchema>> = {
  [K in keyof S]: {
    request: v.InferOutput<ReturnType<S[K]['request']>>;
    response: v.InferOutput<ReturnType<S[K]['response']>>;
  };
};
