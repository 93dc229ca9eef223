/**
 * The private layout of `MatcherData.patterns`: written by `compile.ts` at
 * build time, read by `matcher.ts` at run time. Every string in here is
 * already folded (`foldKey`) unless its comment says otherwise.
 */

/** What a row is: a full form, a short form, or a context word that only enables its entity. */
export const FULL = 0;
export const SHORT = 1;
export const CONTEXT_WORD = 2;

/** One pattern: folded key, entity index, the gazetteer form it came from, its kind. */
export type PatternRow = [key: string, entity: number, alias: string, kind: 0 | 1 | 2];

/** What the runtime needs to judge one entity's matches. */
export interface EntityRules {
  /** 1: people (`caseRule: 'name'`), capitalised words wanted; 0: case-insensitive phrase. */
  name: 0 | 1;
  /** Titles that license a short form written right after them. */
  titles: string[];
  /** Words that, right after a short form, make it something else (`trump card`). */
  notBefore: string[];
  /** Short forms as written, NFC lower-case: accents must match exactly when present. */
  spellings: string[];
  /** Short forms (folded) that count alone ("distinctive"). */
  distinctive: string[];
  /** For events: the edition's year; another year right next to a match rejects it. */
  year?: number;
  /** 1 when the entity counts only in a text where one of its context rows matched. */
  needsContext?: 1;
}

export interface Patterns {
  rows: PatternRow[];
  /** First folded word of a key → row indices, longest key first. */
  byFirst: Record<string, number[]>;
  rules: EntityRules[];
  /** Courtesy words before a surname that neither glue nor license (`Mr`, `Ông`). */
  honorifics: string[];
  /** Abbreviated titles of other people (`Sen.`, `Dr`): they glue a surname even with a full stop. */
  otherTitles: string[];
  /** Capitalised words that are not parts of a name (headline case: `Trump Says`). */
  openWords: string[];
}
