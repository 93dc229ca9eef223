import { useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusInfo, PageEntity, SearchHit } from '../lib/messages/protocol';
import { CorpusFooter } from './CorpusFooter';
import { PageEntityList } from './PageEntityList';
import { SearchResults } from './SearchResults';
import { POPUP_STRINGS } from './popup-strings';
import { useLoaded, useSearch } from './use-search';

/** What the popup can ask for; the entrypoint implements it with messages, tests with fakes. */
export interface PopupApi {
  search(query: string): Promise<SearchHit[]>;
  /** The current tab's entities, or null when the tab has no Backstory content script. */
  pageEntities(): Promise<PageEntity[] | null>;
  corpusInfo(): Promise<CorpusInfo>;
  openArticle(id: string): void;
}

export interface PopupAppProps {
  api: PopupApi;
  locale: string;
  /** Quiet time after a keystroke before searching. */
  debounceMs?: number;
}

/** The toolbar popup: search over the corpus, what is on this page, and how fresh the corpus is. */
export function PopupApp({ api, locale, debounceMs = 120 }: PopupAppProps) {
  const [query, setQuery] = useState('');
  const state = useSearch(query, api.search, debounceMs);
  const page = useLoaded(api.pageEntities);
  const info = useLoaded(api.corpusInfo);
  const input = useRef<HTMLInputElement>(null);
  // The search box has focus when the popup opens (DESIGN.md); `autofocus` alone is not honoured in every popup.
  useEffect(() => input.current?.focus(), []);
  return (
    <div class="bs-popup">
      <header class="bs-search">
        <input
          type="search"
          class="bs-search-input"
          ref={input}
          value={query}
          placeholder={POPUP_STRINGS.searchPlaceholder}
          aria-label={POPUP_STRINGS.searchLabel}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </header>
      <main class="bs-popup-main">
        <SearchResults state={state} locale={locale} onOpenArticle={api.openArticle} />
        <PageEntityList
          entities={page.failed ? null : page.value}
          onChoose={(e) => setQuery(e.name)}
        />
      </main>
      <CorpusFooter info={info.value} failed={info.failed} locale={locale} />
    </div>
  );
}
