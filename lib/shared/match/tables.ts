/**
 * The matcher's tables as data: compiled from the entities once (in the
 * background when the corpus or the reader's articles change, or by the build),
 * stored in IndexedDB in one narrow buffer (`packed-tables.ts`) and matched
 * from as they come back. Typed arrays and one string pool, no object per row:
 * a woken background is ready to match from storage in milliseconds even with
 * 20,000 aliases.
 */
import type { EntityKind } from '../corpus/types';
import type { StringPool } from './string-pool';

/** Format of {@link MatcherTables}; a stored table of another format is compiled again. */
export const TABLES_FORMAT = 3;

/** Entity kinds by their code in {@link MatcherTables.entityKind}. */
export const KIND_CODES: readonly EntityKind[] = ['leader', 'agreement', 'event', 'organisation'];

/** Bits of {@link MatcherTables.entityFlags}. */
export const FLAG_NAME = 1;
export const FLAG_NEEDS_CONTEXT = 2;

/** The word lists kept per entity, in this order, in {@link MatcherTables.listStarts}. */
export const LIST_TITLES = 0;
export const LIST_NOT_BEFORE = 1;
export const LIST_SPELLINGS = 2;
export const LIST_DISTINCTIVE = 3;
export const LISTS_PER_ENTITY = 4;

/**
 * Every number below that names a string is an index into `strings`. Keys,
 * titles, `notBefore` and distinctive words are folded (`foldKey`); spellings
 * are NFC lower case as the gazetteer writes them.
 */
export interface MatcherTables {
  format: typeof TABLES_FORMAT;
  /** What the tables were compiled from (a corpus version, with the reader's articles' revision). */
  source: string;
  /** The longest key's length: how far back a full mention covering a short form can start. */
  reach: number;
  strings: StringPool;
  entityId: Uint32Array;
  entityName: Uint32Array;
  entityKind: Uint8Array;
  entityFlags: Uint8Array;
  /** An event's edition year (0: none): another year beside a match rejects it. */
  entityYear: Uint16Array;
  /** Entity `e`'s list `k` is `listItems[listStarts[e * LISTS_PER_ENTITY + k] .. next)`. */
  listStarts: Uint32Array;
  listItems: Uint32Array;
  /** One row per form: its folded key, entity, the gazetteer form it came from, what it is (`patterns.ts`). */
  rowKey: Uint32Array;
  rowEntity: Uint32Array;
  rowAlias: Uint32Array;
  rowKind: Uint8Array;
  /** The word trie (`word-trie.ts`). */
  trieSlots: Int32Array;
  trieNodes: Int32Array;
  termStarts: Uint32Array;
  termRows: Uint32Array;
  filter: Uint8Array;
  honorifics: Uint32Array;
  otherTitles: Uint32Array;
  openWords: Uint32Array;
}
