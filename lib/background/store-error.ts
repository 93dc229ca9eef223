/** Whether `err` says the disk or the browser's storage quota is full. */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: unknown; message?: unknown; inner?: unknown } | null;
  if (typeof e !== 'object' || e === null) return false;
  const text = `${String(e.name)} ${String(e.message)}`;
  // Dexie wraps the browser's error (AbortError → inner QuotaExceededError).
  return /quota/i.test(text) || (e.inner !== undefined && isQuotaError(e.inner));
}

/** A failed write in words a reader can act on; the transaction has rolled back, so nothing is half-written. */
export function describeStoreError(err: unknown): string {
  if (isQuotaError(err))
    return 'Not enough storage space: nothing was added. Free some disk space, or delete articles you no longer need, and try again.';
  return `Nothing was added: ${err instanceof Error ? err.message : String(err)}`;
}
