/** The popup search's filters, applied to the hits the background found. */
import type { Language } from '../../lib/shared/corpus/types';

export interface SearchFilters {
  language: Language | 'any';
  /** Only articles that mention this entity. */
  entityId: string | null;
  /** Inclusive `YYYY-MM-DD` bounds; an undated article fails any date bound. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: SearchFilters = { language: 'any', entityId: null, from: null, to: null };

/** Whether any filter is set. */
export function hasFilters(f: SearchFilters): boolean {
  return f.language !== 'any' || f.entityId !== null || f.from !== null || f.to !== null;
}

/**
 * The hits that pass the filters, in their order. `entityArticles` holds the
 * ids of the articles that mention `filters.entityId` (asked separately).
 */
export function filterHits<T extends { id: string; date: string | null; language: Language }>(
  hits: readonly T[],
  filters: SearchFilters,
  entityArticles?: ReadonlySet<string>,
): T[] {
  return hits.filter((h) => {
    if (filters.language !== 'any' && h.language !== filters.language) return false;
    if (filters.entityId && entityArticles && !entityArticles.has(h.id)) return false;
    if ((filters.from || filters.to) && h.date === null) return false;
    if (filters.from && h.date !== null && h.date < filters.from) return false;
    if (filters.to && h.date !== null && h.date > filters.to) return false;
    return true;
  });
}
