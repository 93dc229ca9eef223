import type { CorpusBundle } from '../shared/corpus/types';
import type { BackstoryDatabase } from './db/database';
import { ensureCorpus, forgetVerified, loadState, type CorpusStatus } from './db/load-bundle';
import { corpusCounts, getArticle, relatedArticles, searchSource } from './db/queries';
import { repairStore } from './db/repair-store';
import { DamagedStoreError } from './db/row-guards';
import { CallFailure } from '../shared/messages/call-failure';
import type {
  BackgroundCalls,
  CallContext,
  ControlCalls,
  Handlers,
} from '../shared/messages/protocol';
import { createSearchIndexCache } from './search/index-cache';
import { buildSearchIndex } from './search/search-index';
import { searchDocuments } from './search/search-documents';
import { compileMatcher } from '../shared/match/compile';
import type { PageCall } from './page-handlers';
import { createPageMatcher, type PageMatcher } from './page-matcher';
import { createReaderHandlers } from './reader-handlers';
import { createReaderLearning, type ReaderLearning } from './reader-learning';
import type { TablesCopy } from './tables-copy';

/** What the background handlers work on. */
export interface BackgroundDeps {
  db: BackstoryDatabase;
  /** The version of the bundle shipped with this build (`lib/generated/corpus-meta.json`). */
  expectedVersion: string;
  /** Fetch the shipped bundle. */
  loadBundle: () => Promise<CorpusBundle>;
  /** Open the reader page on article `id`, next to the sender's tab; resolves whether it opened. */
  openReader: (id: string, context: CallContext) => Promise<boolean>;
  /** Run the clipper script in a tab; resolves with what it returned. */
  runClipper?: (tabId: number) => Promise<unknown>;
  /** The matcher tables' copy for this browser session (a Chromium worker's quick wake). */
  tablesCopy?: TablesCopy;
}

export const DEFAULT_RELATED_LIMIT = 5;
export const DEFAULT_SEARCH_LIMIT = 20;

/**
 * The corpus to answer from: the expected one, (re)loaded if the store is
 * missing, stale or damaged. If loading fails but an earlier corpus is still
 * stored, answer from that (a failed load leaves it whole); with nothing stored, `unavailable`.
 */
async function usableCorpus(deps: BackgroundDeps): Promise<CorpusStatus> {
  try {
    return await ensureCorpus(deps.db, deps.expectedVersion, deps.loadBundle);
  } catch (err) {
    const counts = await corpusCounts(deps.db).catch(() => null);
    if (counts?.version)
      return {
        version: counts.version,
        articles: counts.articles,
        loads: loadState(deps.db).loads,
      };
    throw new CallFailure('unavailable', loadState(deps.db).error ?? String(err));
  }
}

/**
 * Run `query` on a usable corpus. If it meets a damaged row, the store is
 * repaired (bad rows dropped, bundled corpus reloaded) and `query` runs once more.
 */
async function withRepair<T>(
  deps: BackgroundDeps,
  query: (status: CorpusStatus) => Promise<T>,
): Promise<T> {
  const status = await usableCorpus(deps);
  try {
    return await query(status);
  } catch (err) {
    if (!(err instanceof DamagedStoreError)) throw err;
    console.warn('Backstory: repairing the corpus store:', err.message);
    forgetVerified(deps.db);
    await repairStore(deps.db);
    return query(await usableCorpus(deps));
  }
}

/** Every {@link BackgroundCalls} call but the page's (page-handlers.ts) and the reader controls' (controls/control-handlers.ts). */
export type BackgroundHandlers = Omit<Handlers<BackgroundCalls>, keyof ControlCalls | PageCall>;

/**
 * Handlers for the {@link BackgroundHandlers} calls, on top of the named queries and the search
 * index, with the matcher they share with the page's calls.
 */
export function createBackgroundHandlers(deps: BackgroundDeps): BackgroundHandlers & {
  pageMatcher: PageMatcher;
  learning: ReaderLearning;
} {
  const { db } = deps;
  const indexes = createSearchIndexCache();
  // Bumped by every reader-article write: the search index is cached per corpus key, and a delete
  // followed by an add keeps the article count the same.
  let readerRevision = 0;
  const pageMatcher = createPageMatcher({
    db,
    expectedVersion: deps.expectedVersion,
    ensureCorpus: () => usableCorpus(deps),
    copy: deps.tablesCopy,
    bundleTables: async () => {
      const bundle = await deps.loadBundle();
      return compileMatcher(bundle.entities, bundle.version);
    },
  });
  const learning = createReaderLearning({
    db,
    pageMatcher,
    expectedVersion: deps.expectedVersion,
  });
  const reader = createReaderHandlers({
    db,
    matcher: () => pageMatcher.get(),
    learning,
    runClipper: deps.runClipper ?? (async () => Promise.reject(new Error('no clipper'))),
    ensureReady: () => usableCorpus(deps),
    onChange: () => void readerRevision++,
  });
  return {
    ...reader,
    pageMatcher,
    learning,
    relatedArticles: ({ entityId, pageEntityIds = [], limit = DEFAULT_RELATED_LIMIT }) =>
      withRepair(deps, () => relatedArticles(db, entityId, pageEntityIds, limit)),
    search: ({ query, limit = DEFAULT_SEARCH_LIMIT }) =>
      withRepair(deps, async (status) => {
        if (query.trim() === '') return { hits: [] };
        const key = `${status.version}#${status.loads}#${status.articles}#${readerRevision}`;
        const index = await indexes.get(key, async () =>
          buildSearchIndex(searchDocuments(await searchSource(db))),
        );
        return { hits: index.search(query, limit) };
      }),
    article: ({ id }) => withRepair(deps, () => getArticle(db, id)),
    async corpusInfo() {
      // Never fails for a load error: the popup shows it instead.
      await usableCorpus(deps).catch(() => undefined);
      const { loading, error } = loadState(db);
      return { ...(await corpusCounts(db)), loading, error };
    },
    async openArticle({ id }, context) {
      return { opened: await deps.openReader(id, context) };
    },
  };
}

/** Build the search index ahead of the first keystroke (after install or start-up). */
export async function warmSearch(
  handlers: Pick<Handlers<BackgroundCalls>, 'search'>,
): Promise<void> {
  await handlers.search({ query: 'a', limit: 1 }, {});
}
