/**
 * The rest of the background: the corpus store (Dexie), the search, the
 * reader's articles and the names learned from them, the import. It is a
 * script of its own (entrypoints/background-rest.ts) that the background loads
 * on the first call that needs it (lib/background/rest-loader.ts), so a worker
 * woken by a page is ready to match without evaluating any of this first.
 */
import { browser } from 'wxt/browser';
import type { ClipOutcome, EntityView } from '../shared/messages/protocol';
import { readerUrl } from '../shared/reader-url';
import { runClipperInTab } from './clip-in-tab';
import { checkBundleShape } from './db/check-bundle';
import { getDatabase } from './db/db';
import { ensureCorpus } from './db/load-bundle';
import { allEntities } from './db/reader-entities';
import { toEntityView } from './db/views';
import { createBackgroundHandlers, warmSearch, type BackgroundHandlers } from './handlers';
import type { PageMatcher } from './page-matcher';
import type { ReaderLearning } from './reader-learning';
import type { TablesCopy } from './tables-copy';

export interface RestDeps {
  /** The corpus version this build ships (the background's, so the two scripts never disagree). */
  expectedVersion: string;
  /** The matcher tables' copy for this browser session (Chromium's worker). */
  tablesCopy?: TablesCopy;
}

export interface BackgroundRest {
  /** The handlers of every call but the page's and the controls' (the background's own). */
  handlers: BackgroundHandlers;
  /** The matcher that follows the corpus and the reader's names. */
  pageMatcher: PageMatcher;
  learning: ReaderLearning;
  listEntities(): Promise<EntityView[]>;
  /** Clip the page in tab `tabId` (the context menu's item). */
  clipTab(tabId: number): Promise<ClipOutcome>;
  /** Load the corpus and its tables if the store lacks them, then build the search index. */
  prepare(): void;
}

/** `load`, with calls that come while one runs sharing its result. */
function shareWhileLoading<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () =>
    (running ??= load().finally(() => {
      running = null;
    }));
}

export function startRest(deps: RestDeps): BackgroundRest {
  const db = getDatabase();
  // The corpus load and the matcher's first tables both want the bundle: one fetch serves both.
  const loadBundle = shareWhileLoading(async () =>
    checkBundleShape(await (await fetch(browser.runtime.getURL('/corpus/bundle.json'))).json()),
  );
  const { pageMatcher, learning, ...handlers } = createBackgroundHandlers({
    db,
    expectedVersion: deps.expectedVersion,
    loadBundle,
    async openReader(id, { tabIndex }) {
      await browser.tabs.create({
        url: readerUrl(id),
        index: tabIndex === undefined ? undefined : tabIndex + 1,
      });
      return true;
    },
    runClipper: runClipperInTab,
    tablesCopy: deps.tablesCopy,
  });
  return {
    handlers,
    pageMatcher,
    learning,
    listEntities: async () => (await allEntities(db)).map(toEntityView),
    clipTab: (tabId) => handlers.clipTab({ tabId }, {}),
    // A failure is kept in the load state (shown by the popup) and retried on the next request.
    prepare() {
      ensureCorpus(db, deps.expectedVersion, loadBundle)
        .then(() => pageMatcher.get())
        .then(() => warmSearch(handlers))
        .catch((err: unknown) => console.warn('Backstory: corpus load failed', err));
    },
  };
}
