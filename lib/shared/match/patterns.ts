/**
 * What a row of the tables is, and the rules the matcher applies to one
 * entity, as `matcher.ts` reads them out of the tables (`rules-view.ts`).
 * Every string in here is folded (`foldKey`) unless its comment says otherwise.
 */

/** What a row is: a full form, a short form, or a context word that only enables its entity. */
export const FULL = 0;
export const SHORT = 1;
export const CONTEXT_WORD = 2;

export type RowKind = typeof FULL | typeof SHORT | typeof CONTEXT_WORD;

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
