import type { SearchIndex } from './search-index';

/** Holds one search index and rebuilds it when the corpus key changes. */
export interface SearchIndexCache {
  /** The index for corpus `key`, built by `build` at most once per key (concurrent callers share it). */
  get(key: string, build: () => Promise<SearchIndex>): Promise<SearchIndex>;
}

/** A cache of one index: a new key drops the old index, a failed build is retried next time. */
export function createSearchIndexCache(): SearchIndexCache {
  let current: { key: string; index: Promise<SearchIndex> } | null = null;
  return {
    get(key, build) {
      if (current?.key === key) return current.index;
      const entry = { key, index: build() };
      current = entry;
      entry.index.catch(() => {
        if (current === entry) current = null;
      });
      return entry.index;
    },
  };
}
