/**
 * The popup's calls, made with the typed message layer: search, corpus info
 * and the reader page go to the background; "on this page" asks the current
 * tab's content script, which is absent on browser pages and stores.
 */
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/PopupApp';
import { callBackground, callContentResult } from '../../lib/messages/client';

const TIMEOUT_MS = 5000;
/** A tab without our content script never answers: give up quickly and say so. */
const TAB_TIMEOUT_MS = 1500;
const SEARCH_LIMIT = 20;

/** The reader page's address for an article. */
export function readerUrl(id: string): string {
  return `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
}

export function createPopupApi(): PopupApi {
  return {
    search: async (query) =>
      (await callBackground('search', { query, limit: SEARCH_LIMIT }, { timeoutMs: TIMEOUT_MS }))
        .hits,
    async pageEntities() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
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
    openArticle(id) {
      void browser.tabs.create({ url: readerUrl(id) }).then(() => window.close());
    },
    // reader articles (issue 7): Readability runs in the tab, injected by the background.
    async clipThisPage() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return { status: 'failed', message: 'No tab to add.' };
      return callBackground('clipTab', { tabId: tab.id }, { timeoutMs: 30_000 });
    },
  };
}
