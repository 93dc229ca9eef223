/**
 * The one rule for mentions that overlap: leftmost, and of overlapping ones
 * the longest. Items in text order (longest first at one start); a later item
 * that overlaps the last kept one replaces it only if it is longer. Kept items
 * never overlap, so only the last can.
 */
export function leftmostLongest<T>(
  items: readonly T[],
  start: (item: T) => number,
  end: (item: T) => number,
): T[] {
  const ordered = [...items].sort((a, b) => start(a) - start(b) || end(b) - end(a));
  const kept: T[] = [];
  for (const item of ordered) {
    const last = kept[kept.length - 1];
    if (last === undefined || end(last) <= start(item)) kept.push(item);
    else if (end(item) - start(item) > end(last) - start(last)) kept[kept.length - 1] = item;
  }
  return kept;
}
