/**
 * What every request check is made of: the checked-or-refused result, the
 * bounds that keep a request cheap, and the field checks both sides use.
 */
import type { CallMap } from './protocol';

/** A checked value, or why it was refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks one call's request as it arrives. */
export type Validator<T> = (value: unknown) => Checked<T>;

/** A validator for every call of a map: the type checker holds it complete. */
export type Validators<M extends CallMap<M>> = { [K in keyof M]: Validator<M[K]['request']> };

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

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fields of `v`, or an error when it is not an object or has fields other than `allowed`. */
export function fields(v: unknown, allowed: readonly string[]): Record<string, unknown> | string {
  if (!isRecord(v)) return 'the request must be an object';
  const extra = Object.keys(v).find((k) => !allowed.includes(k));
  return extra === undefined ? v : `unknown field "${extra}"`;
}

export function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= LIMITS.id;
}

export function isLimit(v: unknown): v is number | undefined {
  return (
    v === undefined ||
    (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= LIMITS.results)
  );
}

export function isIdList(v: unknown): v is string[] | undefined {
  return v === undefined || (Array.isArray(v) && v.length <= LIMITS.pageEntities && v.every(isId));
}

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const no = <T>(message: string): Checked<T> => ({ ok: false, message });
