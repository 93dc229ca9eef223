/** What `navigator.storage.estimate()` gives (either field may be missing). */
export interface StorageEstimate {
  quota?: number;
  usage?: number;
}

/**
 * Bytes an import will take in IndexedDB: its JSON size times a factor for
 * UTF-16 strings, the mentions and links derived from it and the indexes
 * (the factor is measured with scripts/measure-import.ts in Chromium).
 */
export function bytesNeeded(jsonBytes: number): number {
  return jsonBytes * 7;
}

/** Imports smaller than this are not checked first: a failed write still rolls back. */
export const CHECK_FROM_BYTES = 1_000_000;

/**
 * Whether an import of `needed` bytes fits, in words for the reader when it
 * does not. An estimate without a quota is taken as room enough: the write
 * itself still fails cleanly (one transaction) if the disk fills.
 */
export function roomProblem(estimate: StorageEstimate, needed: number): string | null {
  if (estimate.quota === undefined) return null;
  const free = estimate.quota - (estimate.usage ?? 0);
  if (needed <= free) return null;
  const mb = (n: number) => `${Math.ceil(n / 1_000_000)} MB`;
  return `Not enough storage space for this import: it needs about ${mb(needed)} and ${mb(Math.max(free, 0))} is free. Nothing was imported.`;
}
