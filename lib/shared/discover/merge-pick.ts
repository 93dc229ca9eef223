import { hasDiacritics } from './fold-name';

/** The most frequent string (ties: the first seen); `prefer` ranks before frequency. */
export function mostFrequent(
  items: readonly string[],
  prefer: (s: string) => boolean = () => false,
): string | undefined {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | undefined;
  let score = -1;
  for (const [s, n] of counts) {
    const v = (prefer(s) ? 1e6 : 0) + n;
    if (v > score) [best, score] = [s, v];
  }
  return best;
}

/** A name as the corpus writes it best: with its diacritics when any article gives them, else the commonest. */
export function bestName(items: readonly string[]): string | undefined {
  return mostFrequent(items, hasDiacritics);
}

/** A kebab-case id from a name (`Lương Cường` → `luong-cuong`). */
export function idFrom(name: string): string {
  const id = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'entity';
}

/** Unique, non-empty strings in first-seen order. */
export function unique(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((s): s is string => !!s && s.trim() !== ''))];
}
