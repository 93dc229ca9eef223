import type { Language } from '../../lib/shared/corpus/types';
import type { SearchFilters as Filters } from './hit-filter';
import type { EntityView } from '../../lib/shared/messages/protocol';
import { useT } from '../shared/i18n';

export interface SearchFiltersProps {
  filters: Filters;
  entities: readonly EntityView[];
  onChange(filters: Filters): void;
}

/** Language, name and date range for the popup search, folded away until asked for. */
export function SearchFilters({ filters, entities, onChange }: SearchFiltersProps) {
  const t = useT();
  const set = (patch: Partial<Filters>): void => onChange({ ...filters, ...patch });
  const sorted = [...entities].sort((a, b) =>
    a.name[t.lang].localeCompare(b.name[t.lang], t.locale),
  );
  return (
    <details class="bs-filters">
      <summary>{t('filters')}</summary>
      <div class="bs-filter-grid">
        <label>
          {t('filterLanguage')}
          <select
            value={filters.language}
            onChange={(e) => set({ language: e.currentTarget.value as Language | 'any' })}
          >
            <option value="any">{t('filterAnyLanguage')}</option>
            <option value="en">{t('languageEn')}</option>
            <option value="vi">{t('languageVi')}</option>
          </select>
        </label>
        <label>
          {t('filterEntity')}
          <select
            value={filters.entityId ?? ''}
            onChange={(e) => set({ entityId: e.currentTarget.value || null })}
          >
            <option value="">{t('filterAnyEntity')}</option>
            {sorted.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name[t.lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterFrom')}
          <input
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value || null })}
          />
        </label>
        <label>
          {t('filterTo')}
          <input
            type="date"
            value={filters.to ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value || null })}
          />
        </label>
      </div>
    </details>
  );
}
