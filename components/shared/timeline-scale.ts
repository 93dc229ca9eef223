/**
 * Where each dated article sits on a small timeline: x from 0 to 1 between
 * the oldest and newest dates (the page's own date included when it has one).
 */

export interface TimelinePoint<T> {
  item: T;
  x: number;
}

export interface TimelineScale<T> {
  points: TimelinePoint<T>[];
  from: string;
  to: string;
  /** Where the page's own date falls, when it has one. */
  pageX: number | null;
}

const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The scale for the dated items (null when fewer than one is dated). */
export function timelineScale<T extends { date: string | null }>(
  items: readonly T[],
  pageDate: string | null = null,
): TimelineScale<T> | null {
  const dated = items.filter(
    (i): i is T & { date: string } => i.date !== null && !Number.isNaN(dayMs(i.date)),
  );
  if (dated.length === 0) return null;
  const days = dated.map((i) => i.date);
  if (pageDate && !Number.isNaN(dayMs(pageDate))) days.push(pageDate);
  const from = days.reduce((a, b) => (a < b ? a : b));
  const to = days.reduce((a, b) => (a > b ? a : b));
  const span = dayMs(to) - dayMs(from);
  const xOf = (iso: string): number => (span === 0 ? 0.5 : (dayMs(iso) - dayMs(from)) / span);
  return {
    points: dated.map((item) => ({ item, x: xOf(item.date) })),
    from,
    to,
    pageX: pageDate && !Number.isNaN(dayMs(pageDate)) ? xOf(pageDate) : null,
  };
}
