/**
 * Related articles placed in time against the page being read: "after this
 * article" (newest first), "before this article" (newest first, the same day
 * counts as before: the page cannot be older than what it reports on that day),
 * then the undated ones, which cannot be placed.
 */
import { newestFirst } from '../../lib/shared/format/order';

export type DateGroup = 'all' | 'after' | 'before' | 'undated';

export interface Grouped<T> {
  group: DateGroup;
  items: T[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The groups in reading order, empty groups left out; one `all` group when the page has no date. */
export function groupByPageDate<T extends { date: string | null }>(
  items: readonly T[],
  pageDate: string | null | undefined,
): Grouped<T>[] {
  const ordered = newestFirst(items);
  if (!pageDate || !ISO_DAY.test(pageDate))
    return ordered.length ? [{ group: 'all', items: ordered }] : [];
  const groups: Grouped<T>[] = [
    { group: 'after', items: ordered.filter((a) => a.date !== null && a.date > pageDate) },
    { group: 'before', items: ordered.filter((a) => a.date !== null && a.date <= pageDate) },
    { group: 'undated', items: ordered.filter((a) => a.date === null) },
  ];
  return groups.filter((g) => g.items.length > 0);
}
