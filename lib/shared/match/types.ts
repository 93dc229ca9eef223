import type { EntityKind, MatchRule } from '../corpus/types';

/** The little a page needs to know about an entity it shows. */
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
  /** The entity with `id` (kind and name), or undefined when the tables do not know it. */
  entity(id: string): MatcherEntity | undefined;
  /**
   * Every mention in `text`, in order, without overlaps (the longest match wins).
   * A paragraph break (two line breaks, or U+2029) is never crossed by a name;
   * single line breaks and other white space are.
   */
  findMentions(text: string, options?: FindOptions): FoundMention[];
  /**
   * The mentions in the texts of one page (its paragraphs), judged as one page:
   * a name written in full in any text lets its short forms count in all of
   * them, and an agreement's context may stand in any text. Per text, in order.
   */
  findInPage(texts: readonly string[], options?: FindOptions): FoundMention[][];
  /**
   * Where a name may start in each text, sorted: every place a form of any
   * entity is written as a word, and also right after a small letter or digit
   * (`HomeTrump`, where two blocks of a page were read without a break). A
   * superset of what {@link findInPage} finds, for the page to know which of its
   * paragraphs are worth reading closely.
   */
  sift(texts: readonly string[]): number[][];
}

/** Page-level knowledge for matching one part of a page (an incremental rescan). */
export interface FindOptions {
  /**
   * Ids of entities already named in full elsewhere on the same page: their
   * short forms count in this text too (rule `after-full`).
   */
  alreadyNamed?: Iterable<string>;
}
