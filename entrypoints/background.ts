import { browser } from 'wxt/browser';
import { readerUrl } from '../lib/shared/reader-url';
import { defineBackground } from 'wxt/utils/define-background';
import { registerClipMenu, runClipperInTab } from '../lib/background/clip-in-tab';
import { createBackgroundHandlers, warmSearch } from '../lib/background/handlers';
import { checkBundleShape } from '../lib/background/db/check-bundle';
import { getDatabase } from '../lib/background/db/db';
import { ensureCorpus } from '../lib/background/db/load-bundle';
import corpusMeta from '../lib/generated/corpus-meta.json';
import { serveBackground } from '../lib/shared/messages/serve-background';
import { registerBrowserControls } from '../lib/background/controls/browser-controls';
import { createControlHandlers } from '../lib/background/controls/control-handlers';
import { registerToolbarIcon } from '../lib/background/controls/toolbar-icon';
import { allEntities } from '../lib/background/db/reader-entities';
import { toEntityView } from '../lib/background/db/views';
import { loadSettings } from '../lib/shared/settings/settings-store';
import { sessionTablesCopy } from '../lib/background/tables-copy';
import type { PageMatcher } from '../lib/background/page-matcher';
import type { ReaderLearning } from '../lib/background/reader-learning';

/** `load`, with calls that come while one runs sharing its result. */
function shareWhileLoading<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () =>
    (running ??= load().finally(() => {
      running = null;
    }));
}

/**
 * The bench reads how long a woken worker took to be ready to match (`tables_load_ms_20k`), when
 * its own code started (`bootAt`, ms since the worker started: what came before is the browser's)
 * and how long learning names from a clipped article took (`recompile_ms_20k`).
 */
function exposeForBench(pageMatcher: PageMatcher, learning: ReaderLearning, bootAt: number): void {
  Object.assign(globalThis, {
    backstoryPageMatcher: pageMatcher,
    backstoryLearning: learning,
    backstoryBootAt: bootAt,
  });
}

export default defineBackground(() => {
  const bootAt = performance.now();
  const db = getDatabase();
  // The corpus load and the matcher's first tables both want the bundle: one fetch serves both.
  const loadBundle = shareWhileLoading(async () =>
    checkBundleShape(await (await fetch(browser.runtime.getURL('/corpus/bundle.json'))).json()),
  );
  const handlers = createBackgroundHandlers({
    db,
    expectedVersion: corpusMeta.version,
    loadBundle,
    async openReader(id, { tabIndex }) {
      await browser.tabs.create({
        url: readerUrl(id),
        index: tabIndex === undefined ? undefined : tabIndex + 1,
      });
      return true;
    },
    runClipper: runClipperInTab,
    // Firefox's background page stays up: its tables are read once per browser start.
    tablesCopy:
      import.meta.env.FIREFOX || !browser.storage.session
        ? undefined
        : sessionTablesCopy(browser.storage.session),
    async injectCard(tabId, frameId) {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/card.js'],
      });
    },
  });
  // A worker is woken by a page that waits for its matcher: read the stored tables at once, while the
  // rest of the worker starts and the page's message is on its way (a failure is the next request's).
  handlers.pageMatcher.get().catch(() => undefined);
  // Serve first: a request that arrives during the load waits for it inside the handler.
  const controls = createControlHandlers({
    listEntities: async () => (await allEntities(db)).map(toEntityView),
    loadSettings,
    setBadge: async (tabId, text) => {
      await (browser.action ?? browser.browserAction).setBadgeText({ tabId, text });
    },
  });
  const { pageMatcher, learning, ...calls } = handlers;
  serveBackground({ ...calls, ...controls });
  exposeForBench(pageMatcher, learning, bootAt);
  registerBrowserControls();
  registerToolbarIcon({ firefox: import.meta.env.FIREFOX });
  registerClipMenu((tabId) => handlers.clipTab({ tabId }, {}));

  // Load on install, update and start-up (with the matcher's tables), then build the search index before the first keystroke.
  // A failure is kept in the load state (shown by the popup) and retried on the next request.
  const prepare = () => {
    ensureCorpus(db, corpusMeta.version, loadBundle)
      .then(() => handlers.pageMatcher.get())
      .then(() => warmSearch(handlers))
      .catch((err: unknown) => console.warn('Backstory: corpus load failed', err));
  };
  browser.runtime.onInstalled.addListener(prepare);
  browser.runtime.onStartup.addListener(prepare);
});
