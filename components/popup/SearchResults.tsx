import type { SearchHit } from '../../lib/shared/messages/protocol';
import { ArticleMeta } from '../shared/ArticleMeta';
import { MentionSentence } from '../shared/MentionSentence';
import type { SearchState } from '../shared/use-search';
import { useT } from '../shared/i18n';

export interface SearchResultsProps {
  state: SearchState;
  locale: string;
  /** Filters are set: an empty answer says so rather than blaming the words. */
  filtered?: boolean;
  onOpenArticle(id: string): void;
}

/** The search results, or a sentence that says what to do when there are none. */
export function SearchResults({ state, locale, filtered, onOpenArticle }: SearchResultsProps) {
  const t = useT();
  if (state.status === 'idle') return <p class="bs-hint">{t('searchHint')}</p>;
  if (state.status === 'error')
    return (
      <p class="bs-hint bs-error" role="alert">
        {t('searchError')}
      </p>
    );
  if (state.status === 'done' && state.hits.length === 0) {
    return (
      <p class="bs-hint" role="status">
        {filtered || state.query === '' ? t('noFilteredResults') : t('noResults', state.query)}
      </p>
    );
  }
  return (
    <ul class="bs-results" aria-busy={state.status === 'searching'} aria-label={t('resultsLabel')}>
      {state.hits.map((hit) => (
        <SearchResult key={hit.id} hit={hit} locale={locale} onOpen={onOpenArticle} />
      ))}
    </ul>
  );
}

function SearchResult({
  hit,
  locale,
  onOpen,
}: {
  hit: SearchHit;
  locale: string;
  onOpen(id: string): void;
}) {
  return (
    <li>
      <button type="button" class="bs-result" onClick={() => onOpen(hit.id)}>
        <span class="bs-title" lang={hit.language}>
          {hit.title}
        </span>
        <ArticleMeta article={hit} locale={locale} />
        {hit.snippet ? (
          <MentionSentence
            class="bs-snippet"
            sentence={hit.snippet}
            highlight={hit.highlight}
            lang={hit.language}
          />
        ) : null}
      </button>
    </li>
  );
}
