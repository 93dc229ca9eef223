import { SPACE, isWordUnit } from './fold';
import type { EntityRules } from './patterns';
import {
  isLowerAt,
  isRealSpace,
  isUpperAt,
  keyAt,
  keyBefore,
  unitsString,
  wordEndFrom,
  wordStartBefore,
  type TextView,
} from './text-view';

/**
 * How a short form written at folded units [i, j) reads in its sentence:
 * `title` (a title of the entity stands right before it), `plain` (a free,
 * capitalised surname), `glued` (part of another capitalised name: another
 * person) or `reject` (lower case, another spelling, or a `notBefore` word).
 */
export type ShortVerdict = 'title' | 'plain' | 'glued' | 'reject';

/** Word lists shared by every entity (folded). */
export interface WordLists {
  honorifics: ReadonlySet<string>;
  otherTitles: ReadonlySet<string>;
  openWords: ReadonlySet<string>;
}

const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The surface as the gazetteer would spell it: NFC, lower case, no invisible characters. */
function spelling(surface: string): string {
  return surface.normalize('NFC').toLowerCase().replace(IGNORABLE, '');
}

/** Whether a capitalised name word stands right before unit `i` (`Eric Trump`, `Robert E. Lee`). */
function gluedBefore(v: TextView, i: number, lists: WordLists): boolean {
  if (!isRealSpace(v, i - 1)) return false;
  const { f, text } = v;
  const e = i - 1;
  if (e > 0 && f.units[e - 1] === 0x2e) {
    // "E. Lee" (an initial) and "Sen. Lee" glue; "Korea. Lee" or "Mr. Lee" does not.
    const s = wordStartBefore(f, e - 1);
    if (s === e - 1 || !isUpperAt(text, f.starts[s] as number)) return false;
    return e - 1 - s === 1 || lists.otherTitles.has(unitsString(f, s, e - 1));
  }
  const s = wordStartBefore(f, e);
  if (s === e || !isUpperAt(text, f.starts[s] as number)) return false;
  const word = unitsString(f, s, e);
  return !lists.honorifics.has(word) && !lists.openWords.has(word);
}

/** Whether no letter of the original units [from, to) is lower case (a headline in capitals). */
function shouted(v: TextView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLowerAt(v.text, v.f.starts[k] as number)) return false;
  return true;
}

/**
 * Whether a capitalised name word follows unit `j` (`Trump Tower`, `Lee Hsien Loong`).
 * In a line of capitals (`TỔNG THỐNG TRUMP GẶP …`) case says nothing, so a
 * titled short form (`titled`) is not glued there.
 */
function gluedAfter(v: TextView, i: number, j: number, lists: WordLists, titled: boolean): boolean {
  if (!isRealSpace(v, j)) return false;
  const { f, text } = v;
  const s = j + 1;
  if (s >= f.length || !isWordUnit(f.units[s] as number) || !isUpperAt(text, f.starts[s] as number))
    return false;
  const e = wordEndFrom(f, s);
  if (titled && shouted(v, i, e)) return false;
  return !lists.openWords.has(unitsString(f, s, e));
}

/** Judge one short-form candidate at folded units [i, j) (see {@link ShortVerdict}). */
export function judgeShort(
  v: TextView,
  rules: EntityRules,
  lists: WordLists,
  i: number,
  j: number,
): ShortVerdict {
  const { f, text } = v;
  if (!isUpperAt(text, f.starts[i] as number)) return 'reject';
  const surface = text.slice(f.starts[i], f.ends[j - 1]);
  if (!rules.spellings.includes(spelling(surface))) return 'reject';
  if (f.units[j] === SPACE && rules.notBefore.some((k) => keyAt(f, j + 1, k))) return 'reject';
  const titled = f.units[i - 1] === SPACE && rules.titles.some((t) => keyBefore(f, i - 1, t));
  if (!titled && gluedBefore(v, i, lists)) return 'glued';
  if (gluedAfter(v, i, j, lists, titled)) return 'glued';
  return titled ? 'title' : 'plain';
}
