/**
 * Two matchers read as one: the corpus's (large, compiled when the corpus
 * changes) and the reader's names (small, compiled again whenever an article
 * the reader adds or deletes changes them). Learning a name then compiles a
 * handful of spellings instead of every alias. Each entity lives in one layer,
 * so its full and short forms are judged together; where the layers' mentions
 * overlap, the leftmost and then the longest wins, as inside one matcher.
 */
import { createMatcher } from './matcher';
import { leftmostLongest } from './overlaps';
import type { MatcherTables } from './tables';
import type { FindOptions, FoundMention, Matcher } from './types';

/** The mentions of both layers, overlaps resolved as inside one matcher. */
function merged(a: readonly FoundMention[], b: readonly FoundMention[]): FoundMention[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  return leftmostLongest(
    [...a, ...b],
    (m) => m.start,
    (m) => m.end,
  );
}

/** Sorted, each place once. */
function union(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** `base` with `top` over it; `top` alone adds the entities `base` does not know. */
export function layerMatchers(base: Matcher, top: Matcher): Matcher {
  return {
    entity: (id) => base.entity(id) ?? top.entity(id),
    findMentions: (text: string, options?: FindOptions) =>
      merged(base.findMentions(text, options), top.findMentions(text, options)),
    findInPage(texts, options) {
      const under = base.findInPage(texts, options);
      const over = top.findInPage(texts, options);
      return under.map((list, i) => merged(list, over[i] ?? []));
    },
    sift(texts) {
      const under = base.sift(texts);
      const over = top.sift(texts);
      return under.map((list, i) => union(list, over[i] ?? []));
    },
  };
}

/** One matcher of the layers: the corpus's, with the reader's names over it when there are any. */
export function layeredMatcher(corpus: Matcher, reader?: MatcherTables): Matcher {
  return reader && reader.entityId.length > 0
    ? layerMatchers(corpus, createMatcher(reader))
    : corpus;
}
