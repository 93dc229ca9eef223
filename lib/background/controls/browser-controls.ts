/**
 * The reader controls that live in the background: the keyboard commands
 * (next / previous mention, sent to the active tab) and the context menu
 * "Search Backstory for “…”", which opens the search with the selection.
 */
import { browser } from 'wxt/browser';
import { callContentResult } from '../../shared/messages/client';
import { translatorFor } from '../../shared/i18n/language';
import { loadSettings, watchSettings } from '../../shared/settings/settings-store';

export const SEARCH_MENU_ID = 'backstory-search-selection';
export const COMMANDS = { next: 'next-mention', previous: 'previous-mention' } as const;

/** The search page's address for a text (the popup page, opened in a tab). */
export function searchUrl(text: string, tabId?: number): string {
  const params = new URLSearchParams({ q: text.trim().slice(0, 200) });
  if (tabId !== undefined) params.set('tab', String(tabId));
  return `${browser.runtime.getURL('/popup.html')}?${params}`;
}

async function menuTitle(): Promise<string> {
  const settings = await loadSettings();
  return translatorFor(settings.language, browser.i18n.getUILanguage())('contextSearch');
}

/** Create the search menu item (again on every start: Firefox forgets menus), titled in the interface language. */
function registerSearchMenu(): void {
  void browser.contextMenus
    .remove(SEARCH_MENU_ID)
    .catch(() => undefined)
    .then(menuTitle)
    .then((title) =>
      browser.contextMenus.create({ id: SEARCH_MENU_ID, title, contexts: ['selection'] }),
    )
    .catch(() => undefined);
  watchSettings(() => {
    void menuTitle().then((title) => browser.contextMenus.update(SEARCH_MENU_ID, { title }));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SEARCH_MENU_ID || !info.selectionText) return;
    const index = tab?.index === undefined ? undefined : tab.index + 1;
    void browser.tabs.create({ url: searchUrl(info.selectionText, tab?.id), index });
  });
}

/** Send the next / previous mention command to the active tab's content script. */
function registerCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    const direction =
      command === COMMANDS.next ? 'next' : command === COMMANDS.previous ? 'previous' : null;
    if (!direction) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void callContentResult(tab.id, 'focusMention', { direction });
    });
  });
}

/**
 * Wire the commands and the context menu; call once when the background starts.
 * Firefox for Android has neither API (no keyboard shortcuts, no context menus).
 */
export function registerBrowserControls(): void {
  if (browser.commands) registerCommands();
  if (browser.contextMenus) registerSearchMenu();
}
