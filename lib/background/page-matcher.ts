/**
 * The one warm matcher every tab's text is matched with. On a woken
 * background it comes straight from the tables stored beside the corpus; the
 * tables are compiled only when the corpus they were made from changes (or a
 * store has none yet).
 */
import type { BackstoryDatabase } from './db/database';
import { aroundCorpusWrite } from './db/load-bundle';
import { compileStoredTables, storedTables, type LayeredTables } from './db/matcher-tables';
import { layeredMatcher } from '../shared/match/layered';
import { createMatcher } from '../shared/match/matcher';
import type { MatcherTables } from '../shared/match/tables';
import type { Matcher } from '../shared/match/types';
import type { TablesCopy } from './tables-copy';

export interface PageMatcherDeps {
  db: BackstoryDatabase;
  /** The corpus version this build ships: the tables must have been compiled from it. */
  expectedVersion: string;
  /** Loads the corpus if the store lacks it or holds another version (compiling its tables with it). */
  ensureCorpus: () => Promise<unknown>;
  /**
   * Tables compiled straight from the shipped bundle: right after an install or update the first
   * pages are matched with them while the corpus is still being written to the store.
   */
  bundleTables?: () => Promise<MatcherTables>;
  /** The tables' copy for this browser session, read before the store (a woken Chromium worker). */
  copy?: TablesCopy;
}

export interface PageMatcher {
  /** The matcher, from storage or compiled; concurrent callers share one load. */
  get(): Promise<Matcher>;
  /** The same load's corpus layer alone: to lay new reader names over (`layeredMatcher`). */
  corpusLayer(): Promise<Matcher>;
  /**
   * Forget the matcher and the session's copy of its tables: the next `get` reads the store again.
   * Called before the tables are written and after (a worker stopped in between leaves no stale copy).
   */
  invalidate(): void;
  /**
   * The last load, for the bench: how long it took, whether it had to compile, and when it was
   * ready in milliseconds since this worker (or page) started (`performance.now()`).
   */
  readonly lastLoad: {
    ms: number;
    compiled: boolean;
    /** Whether the tables came from the session's copy (then `openMs` is 0: no database was opened). */
    fromCopy: boolean;
    readyAt: number;
    /** Of `ms`: opening the database, and reading the tables' row (or the copy). */
    openMs: number;
    readMs: number;
  } | null;
}

/** Tables from the bundle when it is the expected version, else null (the corpus's layer alone). */
async function fromBundle(deps: PageMatcherDeps): Promise<Partial<LayeredTables> | null> {
  const tables = await deps.bundleTables?.().catch(() => null);
  return tables && tables.source === deps.expectedVersion ? { corpus: tables } : null;
}

interface Loaded {
  matcher: Matcher;
  corpus: Matcher;
}

export function createPageMatcher(deps: PageMatcherDeps): PageMatcher {
  let current: Promise<Loaded> | null = null;
  // Bumped by every change of the tables: a load that began before one does not copy what it read.
  let changes = 0;
  let lastLoad: PageMatcher['lastLoad'] = null;
  const load = async (): Promise<Loaded> => {
    const started = performance.now();
    const { db, expectedVersion } = deps;
    const generation = changes;
    let opened = started;
    let tables: Partial<LayeredTables> | null = (await deps.copy?.read(expectedVersion)) ?? null;
    const fromCopy = tables !== null;
    if (!fromCopy) {
      const stored = await storedTables(db, expectedVersion, () => (opened = performance.now()));
      tables = stored;
      // Copied once the matcher is ready, unless the tables changed meanwhile (the copy is theirs to drop).
      if (stored && deps.copy)
        setTimeout(() => void (generation === changes && deps.copy?.write(stored)), 0);
    }
    const read = performance.now();
    let compiled = false;
    if (!tables) {
      // The corpus in the store, and tables for it: a store whose corpus is current but whose tables
      // are not (damaged, or from before the reader's names had a layer of their own) compiles them.
      let compiledInStore = false;
      const stored = deps.ensureCorpus().then(async () => {
        if (await storedTables(db, expectedVersion)) return;
        await compileStoredTables(db, expectedVersion);
        compiledInStore = true;
      });
      tables = await fromBundle(deps);
      if (tables) {
        compiled = true;
        // The stored tables, once the corpus is written, also hold the reader's names: read them then,
        // and keep them (a background that stays warm). A failed load is the corpus's to report.
        stored.then(
          () => {
            current = null;
            loaded().catch(() => undefined);
          },
          () => undefined,
        );
      } else {
        await stored;
        tables = await storedTables(db, expectedVersion);
        compiled = compiledInStore;
      }
    }
    if (!tables?.corpus) {
      tables = await compileStoredTables(db, expectedVersion);
      compiled = true;
    }
    const corpus = createMatcher(tables.corpus as MatcherTables);
    const matcher = layeredMatcher(corpus, tables.reader);
    const readyAt = performance.now();
    lastLoad = {
      ms: readyAt - started,
      compiled,
      fromCopy,
      readyAt,
      openMs: opened - started,
      readMs: read - opened,
    };
    return { matcher, corpus };
  };
  const invalidate = (): void => {
    current = null;
    changes += 1;
    void deps.copy?.drop();
  };
  aroundCorpusWrite(deps.db, invalidate);
  const loaded = (): Promise<Loaded> => {
    current ??= load().catch((err: unknown) => {
      current = null;
      throw err;
    });
    return current;
  };
  return {
    get: async () => (await loaded()).matcher,
    corpusLayer: async () => (await loaded()).corpus,
    invalidate,
    get lastLoad() {
      return lastLoad;
    },
  };
}
