import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hasFilters, NO_FILTERS, type SearchFilters as Filters } from './hit-filter';
import type {
  ClipOutcome,
  CorpusInfo,
  EntityView,
  PageEntity,
  SearchHit,
} from '../../lib/shared/messages/protocol';
import { ENGLISH, type Translator } from '../../lib/shared/i18n/translator';
import { ClipButton } from './ClipButton';
import { CorpusFooter } from './CorpusFooter';
import { TranslatorContext, useT } from '../shared/i18n';
import { PageEntityList } from './PageEntityList';
import { SearchFilters } from './SearchFilters';
import { SearchResults } from './SearchResults';
import { SiteBar, type SiteState } from './SiteBar';
import { useLoaded, useSearch } from '../shared/use-search';

/** What the popup can ask for; the entrypoint implements it with messages, tests with fakes. */
export interface PopupApi {
  /** Hits for `query` that pass `filters` (with an empty query and a name filter: that name's articles). */
  search(query: string, filters: Filters): Promise<SearchHit[]>;
  /** The current tab's entities, or null when the tab has no Backstory content script. */
  pageEntities(): Promise<PageEntity[] | null>;
  corpusInfo(): Promise<CorpusInfo>;
  openArticle(id: string): void;
  /** Every entity with both names (for the name filter and the names on this page). */
  entities?(): Promise<EntityView[]>;
  /** Scroll the page to the entity's next mention and emphasise it. */
  showOnPage?(entityId: string): void;
  openOptions?(): void;
  /** Clip the current tab's article into Backstory. */
  clipThisPage?(): Promise<ClipOutcome>;
}

export interface PopupAppProps {
  api: PopupApi;
  locale: string;
  t?: Translator;
  /** Text to search at once (the context menu's selection). */
  initialQuery?: string;
  /** The current tab's site and whether Backstory is off there; null for pages that are not sites. */
  site?: SiteState | null;
  onSetSiteDisabled?(disabled: boolean): void;
  /** Quiet time after a keystroke before searching. */
  debounceMs?: number;
}

/** The toolbar popup: search over the corpus, what is on this page, and how fresh the corpus is. */
export function PopupApp(props: PopupAppProps) {
  return (
    <TranslatorContext.Provider value={props.t ?? ENGLISH}>
      <Popup {...props} />
    </TranslatorContext.Provider>
  );
}

const noEntities = async (): Promise<EntityView[]> => [];

function Popup({
  api,
  locale,
  initialQuery = '',
  site,
  onSetSiteDisabled,
  debounceMs = 120,
}: PopupAppProps) {
  const t = useT();
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const search = useCallback((q: string) => api.search(q, filters), [api, filters]);
  const state = useSearch(query, search, debounceMs, filters.entityId !== null);
  const page = useLoaded(api.pageEntities);
  const info = useLoaded(api.corpusInfo);
  const entities = useLoaded(api.entities ?? noEntities);
  const views = useMemo(
    () => new Map((entities.value ?? []).map((e) => [e.id, e])),
    [entities.value],
  );
  const input = useRef<HTMLInputElement>(null);
  // The search box has focus when the popup opens (DESIGN.md); `autofocus` alone is not honoured in every popup.
  useEffect(() => input.current?.focus(), []);
  const choose = (e: PageEntity): void =>
    api.showOnPage ? api.showOnPage(e.id) : setQuery(e.name);
  return (
    <div class="bs-popup">
      <header class="bs-search">
        <input
          type="search"
          class="bs-search-input"
          ref={input}
          value={query}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        {api.entities ? (
          <SearchFilters filters={filters} entities={entities.value ?? []} onChange={setFilters} />
        ) : null}
      </header>
      <main class="bs-popup-main">
        <SearchResults
          state={state}
          locale={locale}
          filtered={hasFilters(filters)}
          onOpenArticle={api.openArticle}
        />
        {site && site.disabled ? null : (
          <PageEntityList
            entities={page.failed ? null : page.value}
            views={views}
            onChoose={choose}
          />
        )}
      </main>
      {api.clipThisPage ? <ClipButton clip={api.clipThisPage} locale={locale} /> : null}
      {site && onSetSiteDisabled ? <SiteBar site={site} onSetDisabled={onSetSiteDisabled} /> : null}
      <CorpusFooter
        info={info.value}
        failed={info.failed}
        locale={locale}
        onOpenOptions={api.openOptions}
      />
    </div>
  );
}
