import type { EntityKind, MatchRule } from '../corpus/types';

/**
 * The matcher's tables, compiled from the gazetteer at build time
 * (`compileMatcher` in `compile.ts`) and loaded ready to use by the content
 * script, the build and `npm run scan`. Plain JSON.
 */
export interface MatcherData {
  /** Format version of these tables. */
  format: 1;
  entities: MatcherEntity[];
  /** Pattern tables; their layout is private to `lib/match`. */
  patterns: unknown;
}

/** The little the content script needs to know about an entity. */
export interface MatcherEntity {
  id: string;
  kind: EntityKind;
  /** Canonical English name. */
  name: string;
}

/** One mention found in a text. Offsets are UTF-16 into the text given, end exclusive. */
export interface FoundMention {
  entityId: string;
  start: number;
  end: number;
  /** The text as written, `text.slice(start, end)`. */
  surface: string;
  /** The gazetteer form that matched (an alias, or a short form). */
  alias: string;
  rule: MatchRule;
}

export interface Matcher {
  readonly entities: readonly MatcherEntity[];
  /**
   * Every mention in `text`, in order, without overlaps (the longest match wins).
   * A paragraph break (two line breaks, or U+2029) is never crossed by a name;
   * single line breaks and other white space are.
   */
  findMentions(text: string, options?: FindOptions): FoundMention[];
}

/** Page-level knowledge for matching one part of a page (an incremental rescan). */
export interface FindOptions {
  /**
   * Ids of entities already named in full elsewhere on the same page: their
   * short forms count in this text too (rule `after-full`).
   */
  alreadyNamed?: Iterable<string>;
}
