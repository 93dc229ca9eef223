/**
 * The private layout of `MatcherData.patterns`: written by `compile.ts` at
 * build time, read by `matcher.ts` at run time. Every string in here is
 * already folded (`foldKey`) unless its comment says otherwise.
 */

/** One pattern: folded key, entity index, the gazetteer form it came from, 1 for a short form. */
export type PatternRow = [key: string, entity: number, alias: string, short: 0 | 1];

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
}

export interface Patterns {
  rows: PatternRow[];
  /** First folded word of a key → row indices, longest key first. */
  byFirst: Record<string, number[]>;
  rules: EntityRules[];
  /** Courtesy words before a surname that neither glue nor license (`Mr`, `Ông`). */
  honorifics: string[];
  /** Capitalised words that are not parts of a name (headline case: `Trump Says`). */
  openWords: string[];
}
