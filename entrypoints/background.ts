import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerClipMenu, runClipperInTab } from '../lib/background/clip-in-tab';
import { createBackgroundHandlers, warmSearch } from '../lib/background/handlers';
import { checkBundleShape } from '../lib/db/check-bundle';
import { getDatabase } from '../lib/db/db';
import { ensureCorpus } from '../lib/db/load-bundle';
import corpusMeta from '../lib/generated/corpus-meta.json';
import { serveBackground } from '../lib/messages/serve';
import { registerBrowserControls } from '../lib/controls/browser-controls';
import { createControlHandlers } from '../lib/controls/control-handlers';
import { registerToolbarIcon } from '../lib/controls/toolbar-icon';
import { toEntityView } from '../lib/db/views';
import { loadSettings } from '../lib/settings/settings-store';

export default defineBackground(() => {
  const db = getDatabase();
  const loadBundle = async () =>
    checkBundleShape(await (await fetch(browser.runtime.getURL('/corpus/bundle.json'))).json());
  const handlers = createBackgroundHandlers({
    db,
    expectedVersion: corpusMeta.version,
    loadBundle,
    async openReader(id, { tabIndex }) {
      const url = `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
      await browser.tabs.create({ url, index: tabIndex === undefined ? undefined : tabIndex + 1 });
      return true;
    },
    runClipper: runClipperInTab,
  });
  // Serve first: a request that arrives during the load waits for it inside the handler.
  const controls = createControlHandlers({
    listEntities: async () => (await db.entities.toArray()).map(toEntityView),
    loadSettings,
    setBadge: async (tabId, text) => {
      await (browser.action ?? browser.browserAction).setBadgeText({ tabId, text });
    },
  });
  serveBackground({ ...handlers, ...controls });
  registerBrowserControls();
  registerToolbarIcon({ firefox: import.meta.env.FIREFOX });
  registerClipMenu((tabId) => handlers.clipTab({ tabId }, {}));

  // Load on install, update and start-up, then build the search index before the first keystroke.
  // A failure is kept in the load state (shown by the popup) and retried on the next request.
  const prepare = () => {
    ensureCorpus(db, corpusMeta.version, loadBundle)
      .then(() => warmSearch(handlers))
      .catch((err: unknown) => console.warn('Backstory: corpus load failed', err));
  };
  browser.runtime.onInstalled.addListener(prepare);
  browser.runtime.onStartup.addListener(prepare);
});
