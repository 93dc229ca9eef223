import { CorpusError } from './corpus-error';
import type { JsonValue, LocatedJson } from './located-json';

/** A JSON object as parsed: plain data, keyed by property name. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * Reads typed fields out of parsed JSON, collecting a `file:line: reason`
 * error for every field that is wrong instead of stopping at the first, so a
 * seed author can fix a whole file in one go.
 */
export class FieldReader {
  readonly errors: CorpusError[] = [];

  constructor(
    readonly file: string,
    readonly json: LocatedJson,
  ) {}

  /** Record a problem at the line of `obj[key]` (or of `obj` itself when `key` is absent). */
  fail(obj: object, key: string | number | undefined, reason: string): void {
    this.errors.push(new CorpusError(this.file, this.json.lineOf(obj, key), reason));
  }

  /** The value as an object, or null (with an error) when it is something else. */
  object(
    value: JsonValue | undefined,
    parent: object,
    key: string | number,
    what: string,
  ): JsonObject | null {
    if (isObject(value)) return value;
    this.fail(parent, key, `${what} must be an object`);
    return null;
  }

  /** Complain about properties nobody reads: they are usually misspelt ones. */
  onlyKnown(obj: JsonObject, known: readonly string[], what: string): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key))
        this.fail(obj, key, `unknown field "${key}" in ${what} (known: ${known.join(', ')})`);
    }
  }

  /** A non-empty string in NFC, optionally matching `pattern`; undefined when missing or wrong. */
  text(
    obj: JsonObject,
    key: string,
    what: string,
    opts: { optional?: boolean; pattern?: RegExp; hint?: string } = {},
  ): string | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (!opts.optional) this.fail(obj, undefined, `${what} has no "${key}"`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(obj, key, `"${key}" of ${what} must be a non-empty string`);
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(value)) {
      this.fail(
        obj,
        key,
        `"${key}" of ${what} is ${JSON.stringify(value)}${opts.hint ? `: ${opts.hint}` : ''}`,
      );
      return undefined;
    }
    return value.normalize('NFC');
  }

  /** One of a fixed set of strings. */
  oneOf<T extends string>(
    obj: JsonObject,
    key: string,
    what: string,
    allowed: readonly T[],
    optional = false,
  ): T | undefined {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    this.fail(
      obj,
      value === undefined ? undefined : key,
      `"${key}" of ${what} must be one of ${allowed.join(', ')}`,
    );
    return undefined;
  }

  /** An array of non-empty strings (NFC); `nonEmpty` demands at least one. */
  texts(
    obj: JsonObject,
    key: string,
    what: string,
    opts: { optional?: boolean; nonEmpty?: boolean } = {},
  ): string[] | undefined {
    const value = obj[key];
    if (value === undefined) {
      if (!opts.optional) this.fail(obj, undefined, `${what} has no "${key}"`);
      return undefined;
    }
    if (!Array.isArray(value) || (opts.nonEmpty && value.length === 0)) {
      this.fail(
        obj,
        key,
        `"${key}" of ${what} must be ${opts.nonEmpty ? 'a non-empty' : 'an'} array of strings`,
      );
      return undefined;
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(item.normalize('NFC'));
      else
        this.fail(
          value,
          i,
          `"${key}" of ${what} holds ${JSON.stringify(item)}, not a non-empty string`,
        );
    });
    return out.length === value.length ? out : undefined;
  }
}

/** True for a JSON object (not null, not an array). */
export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
