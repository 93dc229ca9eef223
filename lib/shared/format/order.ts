/** Orderings the UI shows lists in. */

/**
 * Newest first by ISO date; undated items go last (they cannot be placed in
 * time). Stable: items with the same date keep the order they came in (the
 * background's ranking by overlap with the page).
 */
export function newestFirst<T extends { date: string | null }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const da = a.item.date;
      const db = b.item.date;
      if (da === db) return a.i - b.i;
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? 1 : -1;
    })
    .map(({ item }) => item);
}
