import { SPACE, isWordUnit, type Folded } from './fold';

/**
 * A text and its fold, with the small questions the rules ask about both:
 * the folded units say what is written, the original says how (case, and
 * whether a folded space was really white space or only a hyphen).
 */
export interface TextView {
  text: string;
  f: Folded;
}

/** Whether the original character at `pos` is an upper-case letter. */
export function isUpperAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text.charAt(pos);
  return ch !== ch.toLowerCase();
}

/** Whether the original character at `pos` is a lower-case letter. */
export function isLowerAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text.charAt(pos);
  return ch !== ch.toUpperCase();
}

const DASHES = /^[-\u2010-\u2015\u00ad\u200b-\u200d\u2060\ufeff]*$/;

/** Whether folded unit `k` is a space that was white space as written (not only a hyphen or dash). */
export function isRealSpace(v: TextView, k: number): boolean {
  const { f } = v;
  if (k < 0 || k >= f.length || f.units[k] !== SPACE) return false;
  return !DASHES.test(v.text.slice(f.starts[k], f.ends[k]));
}

/** Whether `key` is written in the folded units from `at`, ending on a word boundary. */
export function keyAt(f: Folded, at: number, key: string): boolean {
  const end = at + key.length;
  if (at < 0 || end > f.length) return false;
  for (let k = 0; k < key.length; k++) if (f.units[at + k] !== key.charCodeAt(k)) return false;
  return (
    end === f.length ||
    !isWordUnit(f.units[end] as number) ||
    !isWordUnit(key.charCodeAt(key.length - 1))
  );
}

/** Whether `key` is written in the folded units ending just before `end`, starting on a word boundary. */
export function keyBefore(f: Folded, end: number, key: string): boolean {
  const at = end - key.length;
  return at >= 0 && (at === 0 || !isWordUnit(f.units[at - 1] as number)) && keyAt(f, at, key);
}

/** Start of the word that ends just before unit `end` (units [start, end) are word units). */
export function wordStartBefore(f: Folded, end: number): number {
  let s = end;
  while (s > 0 && isWordUnit(f.units[s - 1] as number)) s--;
  return s;
}

/** End of the word that starts at unit `at`. */
export function wordEndFrom(f: Folded, at: number): number {
  let e = at;
  while (e < f.length && isWordUnit(f.units[e] as number)) e++;
  return e;
}

/** The folded units [from, to) as a string (only for rare checks: it allocates). */
export function unitsString(f: Folded, from: number, to: number): string {
  return String.fromCharCode(...f.units.subarray(from, to));
}
