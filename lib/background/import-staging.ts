import type { PreparedReaderArticle } from '../reader-articles/prepare-article';
import type { ReaderArticleItem } from '../reader-articles/reader-item';

/** Imports staged but not committed are dropped after this long (the options page was closed). */
export const STAGING_TTL_MS = 10 * 60_000;
/** At most this many imports staged at once (one per open options page is the normal case). */
export const MAX_STAGED_IMPORTS = 4;

/** Prepared articles of imports in progress, held in the background until committed. */
export interface ImportStaging {
  /** Prepare and stage `items`; returns how many `importId` holds now. */
  add(importId: string, items: readonly ReaderArticleItem[]): Promise<number>;
  /** Everything `importId` staged, removing it; undefined if unknown or expired. */
  take(importId: string): PreparedReaderArticle[] | undefined;
  drop(importId: string): boolean;
}

/**
 * Staging keeps an import all-or-nothing while it arrives in chunks: chunks
 * are linked (the matcher's work, spread over many small calls so neither
 * side freezes) and kept in memory; only the commit writes, in one transaction.
 */
export function createImportStaging(
  prepare: (item: ReaderArticleItem) => Promise<PreparedReaderArticle>,
  now: () => number = Date.now,
): ImportStaging {
  const imports = new Map<string, { prepared: PreparedReaderArticle[]; touched: number }>();
  const expire = () => {
    for (const [id, s] of imports) if (now() - s.touched > STAGING_TTL_MS) imports.delete(id);
  };
  return {
    async add(importId, items) {
      expire();
      let entry = imports.get(importId);
      if (!entry) {
        if (imports.size >= MAX_STAGED_IMPORTS)
          throw new Error('Too many imports at once: finish or cancel one first.');
        entry = { prepared: [], touched: now() };
        imports.set(importId, entry);
      }
      // All at once: each item's hash is computed off the worker's thread (Web Crypto) while the
      // matcher links the items whose hash has come back.
      entry.prepared.push(...(await Promise.all(items.map(prepare))));
      entry.touched = now();
      return entry.prepared.length;
    },
    take(importId) {
      expire();
      const entry = imports.get(importId);
      imports.delete(importId);
      return entry?.prepared;
    },
    drop(importId) {
      return imports.delete(importId);
    },
  };
}
