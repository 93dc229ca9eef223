import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerClipMenu } from '../lib/background/clip-in-tab';
import { registerBrowserControls } from '../lib/background/controls/browser-controls';
import { createControlHandlers } from '../lib/background/controls/control-handlers';
import { registerToolbarIcon } from '../lib/background/controls/toolbar-icon';
import { createFrontMatcher, type FrontMatcher } from '../lib/background/front-matcher';
import type { BackgroundHandlers } from '../lib/background/handlers';
import { createPageHandlers } from '../lib/background/page-handlers';
import { installRest, restLoader, type RestLoader } from '../lib/background/rest-loader';
import { rememberReads, sessionTablesCopy } from '../lib/background/tables-copy';
import corpusMeta from '../lib/generated/corpus-meta.json';
import { serveBackground } from '../lib/shared/messages/serve-background';
import {
  backgroundCalls,
  type BackgroundCalls,
  type CallContext,
  type Handlers,
} from '../lib/shared/messages/protocol';
import { loadSettings } from '../lib/shared/settings/settings-store';

/**
 * The bench reads how long a woken worker took to be ready to match (`tables_load_ms_20k`), when
 * its own code started (`bootAt`, ms since the worker started: what came before is the browser's)
 * and how long learning names from a clipped article took (`recompile_ms_20k`, which loads the rest).
 */
function exposeForBench(matcher: FrontMatcher, rest: RestLoader, bootAt: number): void {
  Object.assign(globalThis, { backstoryPageMatcher: matcher, backstoryBootAt: bootAt });
  Object.defineProperty(globalThis, 'backstoryLearning', { get: () => rest.get().learning });
}

/** The calls `own` does not answer, each answered by the rest (loaded by the first of them). */
function restCalls(own: object, rest: RestLoader): BackgroundHandlers {
  type Call = (request: unknown, context: CallContext) => Promise<unknown>;
  const names = Object.keys(backgroundCalls).filter((name) => !(name in own));
  const forward =
    (name: string): Call =>
    async (request, context) => {
      const handler = (rest.get().handlers as unknown as Record<string, Call | undefined>)[name];
      if (!handler) throw new Error(`Backstory: the background has no ${name} call`);
      return handler(request, context);
    };
  return Object.fromEntries(
    names.map((name) => [name, forward(name)]),
  ) as unknown as BackgroundHandlers;
}

/**
 * The background a page meets: the page's calls, the toolbar and the menus, answered without the
 * corpus store. A woken worker matches from the session's copy of the tables; everything else (and
 * a worker with no copy) loads the rest of the background (lib/background/background-rest.ts).
 */
export default defineBackground(() => {
  const bootAt = performance.now();
  // Firefox's background page stays up: its tables are read once per browser start.
  const tablesCopy =
    import.meta.env.FIREFOX || !browser.storage.session
      ? undefined
      : rememberReads(sessionTablesCopy(browser.storage.session));
  const rest = restLoader({ tablesCopy, expectedVersion: corpusMeta.version });
  installRest(rest);
  const matcher = createFrontMatcher({
    copy: tablesCopy,
    expectedVersion: corpusMeta.version,
    running: () => rest.running()?.pageMatcher ?? null,
    start: () => rest.get().pageMatcher,
  });
  // A worker is woken by a page that waits for its matcher: read the tables at once, while the
  // rest of the worker starts and the page's message is on its way (a failure is the next request's).
  matcher.get().catch(() => undefined);
  const own = {
    ...createPageHandlers({
      matcher,
      async injectCard(tabId, frameId) {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [frameId] },
          files: ['/card.js'],
        });
      },
    }),
    ...createControlHandlers({
      listEntities: () => rest.get().listEntities(),
      loadSettings,
      setBadge: async (tabId, text) => {
        await (browser.action ?? browser.browserAction).setBadgeText({ tabId, text });
      },
    }),
  };
  const handlers: Handlers<BackgroundCalls> = { ...restCalls(own, rest), ...own };
  serveBackground(handlers);
  exposeForBench(matcher, rest, bootAt);
  registerBrowserControls();
  registerToolbarIcon({ firefox: import.meta.env.FIREFOX });
  registerClipMenu((tabId) => rest.get().clipTab(tabId));

  // Load on install, update and start-up (with the matcher's tables), then build the search index before the first keystroke.
  const prepare = () => rest.get().prepare();
  browser.runtime.onInstalled.addListener(prepare);
  browser.runtime.onStartup.addListener(prepare);
});
