import type { PreparedReaderArticle } from '../shared/reader/prepare-article';
import type { ReaderArticleItem } from '../shared/reader/reader-item';

/** Imports staged but not committed are dropped after this long (the options page was closed). */
export const STAGING_TTL_MS = 10 * 60_000;
/** At most this many imports staged at once (one per open options page is the normal case). */
export const MAX_STAGED_IMPORTS = 4;

/** Prepared articles of imports in progress, held in the background until committed. */
export interface ImportStaging {
  /** Start staging `importId`. */
  begin(importId: string): void;
  /** Prepare and stage `items` of a begun import; returns how many it holds now. */
  add(importId: string, items: readonly ReaderArticleItem[]): Promise<number>;
  /** Whether `importId` is staged in this worker. */
  has(importId: string): boolean;
  /** Everything `importId` staged, removing it; undefined if unknown or expired. */
  take(importId: string): PreparedReaderArticle[] | undefined;
  drop(importId: string): boolean;
}

/** Why a chunk cannot be staged: its import is not (or no longer) held here. */
export class UnknownImportError extends Error {
  override name = 'UnknownImportError';
}

/**
 * Staging keeps an import all-or-nothing while it arrives in chunks: chunks
 * are linked (the matcher's work, spread over many small calls so neither
 * side freezes) and kept in memory; only the commit writes, in one
 * transaction. A chunk for an import this worker did not begin (the worker
 * restarted in between) is refused, so a commit never stores part of a file.
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
    begin(importId) {
      expire();
      if (imports.size >= MAX_STAGED_IMPORTS && !imports.has(importId))
        throw new Error('Too many imports at once: finish or cancel one first.');
      imports.set(importId, { prepared: [], touched: now() });
    },
    async add(importId, items) {
      expire();
      const entry = imports.get(importId);
      if (!entry) throw new UnknownImportError(importId);
      // All at once: each item's hash is computed off the worker's thread (Web Crypto) while the
      // matcher links the items whose hash has come back.
      entry.prepared.push(...(await Promise.all(items.map(prepare))));
      entry.touched = now();
      return entry.prepared.length;
    },
    has: (importId) => imports.has(importId),
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
