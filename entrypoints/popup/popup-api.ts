/**
 * The popup's calls, made with the typed message layer: search, corpus info
 * and the reader page go to the background; "on this page" asks the current
 * tab's content script, which is absent on browser pages and stores. Opened
 * from the context menu, the popup is a tab with `?q=<selection>&tab=<id>`:
 * it then searches that text and speaks about the tab it came from.
 */
import { browser } from 'wxt/browser';
import { readerUrl } from '../../lib/shared/reader-url';
import type { PopupApi } from '../../components/popup/PopupApp';
import type { SiteState } from '../../components/popup/SiteBar';
import { filterHits, type SearchFilters } from '../../components/popup/hit-filter';
import { callBackground, callContentResult } from '../../lib/shared/messages/client';
import type { SearchHit } from '../../lib/shared/messages/protocol';
import type { Settings } from '../../lib/shared/settings/settings';
import { updateSettings } from '../../lib/shared/settings/settings-store';
import { siteOf, withSite } from '../../lib/shared/settings/site';

const TIMEOUT_MS = 5000;
/** A tab without our content script never answers: give up quickly and say so. */
const TAB_TIMEOUT_MS = 1500;
const SEARCH_LIMIT = 50;
/** Enough to cover every article that mentions one name in the bundled corpus. */
const ENTITY_LIMIT = 100;

/** What the address says: a query to search at once, and the tab to speak about. */
export function popupParams(search = location.search): { query: string; tabId?: number } {
  const params = new URLSearchParams(search);
  const tab = Number(params.get('tab'));
  return {
    query: params.get('q') ?? '',
    tabId: Number.isInteger(tab) && tab > 0 ? tab : undefined,
  };
}

async function targetTab(tabId?: number) {
  if (tabId !== undefined) return browser.tabs.get(tabId).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function entitySearch(query: string, filters: SearchFilters): Promise<SearchHit[]> {
  const related = filters.entityId
    ? await callBackground('relatedArticles', { entityId: filters.entityId, limit: ENTITY_LIMIT })
    : null;
  const ids = related ? new Set(related.articles.map((a) => a.id)) : undefined;
  const hits: SearchHit[] =
    query.trim() === '' && related
      ? related.articles.map((a) => ({ ...a, snippet: a.sentence, score: 1 }))
      : (await callBackground('search', { query, limit: SEARCH_LIMIT }, { timeoutMs: TIMEOUT_MS }))
          .hits;
  return filterHits(hits, filters, ids);
}

export function createPopupApi(tabId?: number): PopupApi {
  const close = (): void => {
    if (tabId === undefined) window.close();
  };
  return {
    search: entitySearch,
    async pageEntities() {
      const tab = await targetTab(tabId);
      if (tab?.id === undefined) return null;
      const result = await callContentResult(
        tab.id,
        'pageEntities',
        {},
        { timeoutMs: TAB_TIMEOUT_MS },
      );
      // A failure here means no content script in this tab (chrome://, about:, the web stores).
      return result.ok ? result.value.entities : null;
    },
    corpusInfo: () => callBackground('corpusInfo', {}, { timeoutMs: TIMEOUT_MS }),
    entities: async () =>
      (await callBackground('entities', {}, { timeoutMs: TIMEOUT_MS })).entities,
    openArticle(id) {
      void browser.tabs.create({ url: readerUrl(id) }).then(close);
    },
    showOnPage(entityId) {
      void targetTab(tabId).then((tab) => {
        if (tab?.id !== undefined)
          void callContentResult(tab.id, 'focusMention', { direction: 'next', entityId });
      });
    },
    openOptions() {
      void browser.runtime.openOptionsPage().then(close);
    },
    // reader articles: Readability runs in the tab, injected by the background.
    async clipThisPage() {
      const tab = await targetTab(tabId);
      if (tab?.id === undefined) return { status: 'failed', message: 'No tab to add.' };
      return callBackground('clipTab', { tabId: tab.id }, { timeoutMs: 30_000 });
    },
  };
}

/** The current tab's site and the one-click switch for it (null state for pages that are not sites). */
export async function siteControls(
  settings: Settings,
  tabId?: number,
): Promise<{ state: SiteState | null; set(disabled: boolean): void }> {
  const tab = await targetTab(tabId);
  const site = tab?.url ? siteOf(tab.url) : null;
  return {
    state: site ? { name: site, disabled: settings.disabledSites.includes(site) } : null,
    set(disabled) {
      if (site) void updateSettings((s) => withSite(s, site, disabled));
    },
  };
}
