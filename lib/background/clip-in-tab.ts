import { browser } from 'wxt/browser';
import type { ClipOutcome } from '../shared/messages/protocol';
import { clipMessage } from '../shared/reader/clip-message';

/** The context-menu item's id (the UX's own items use other ids). */
export const CLIP_MENU_ID = 'backstory-clip-article';

/**
 * Run the clipper script (entrypoints/clipper.ts) in the top frame of a tab
 * and resolve with what it returned. Rejects where extensions may not run
 * (browser pages, the web stores).
 */
export async function runClipperInTab(tabId: number): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/clipper.js'],
  });
  return first?.result ?? null;
}

/** A short note on the page after a context-menu clip (there is no popup to show it in). */
function showNote(text: string): void {
  const host = document.createElement('backstory-note');
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.textContent = text;
  box.setAttribute('role', 'status');
  box.style.cssText =
    'position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:360px;padding:10px 14px;' +
    'border-radius:8px;background:#1f2933;color:#f5f7fa;font:14px/1.4 system-ui,sans-serif;' +
    'box-shadow:0 4px 16px rgba(0,0,0,.25)';
  root.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 5000);
}

/**
 * The context-menu item "Add this article to Backstory": created on every
 * start (Firefox forgets menus across restarts; Chrome keeps them, so the old
 * one is removed first), answered by clipping the tab and telling the reader on the page.
 * Firefox for Android has no context menus: there the popup's button clips.
 */
export function registerClipMenu(clip: (tabId: number) => Promise<ClipOutcome>): void {
  if (!browser.contextMenus) return;
  void browser.contextMenus
    .remove(CLIP_MENU_ID)
    .catch(() => undefined)
    .then(() =>
      browser.contextMenus.create({
        id: CLIP_MENU_ID,
        title: 'Add this article to Backstory',
        contexts: ['page'],
      }),
    );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CLIP_MENU_ID || tab?.id === undefined) return;
    const tabId = tab.id;
    void clip(tabId)
      .then(
        (outcome) => clipMessage(outcome, browser.i18n.getUILanguage()),
        (err: unknown) => `Nothing was added: ${String(err)}`,
      )
      .then((text) =>
        browser.scripting.executeScript({ target: { tabId }, func: showNote, args: [text] }),
      )
      .catch(() => undefined); // the tab closed or cannot be scripted: nothing to tell it
  });
}
