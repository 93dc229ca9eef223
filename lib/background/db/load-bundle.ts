import Dexie from 'dexie';
import type { CorpusBundle } from '../../shared/corpus/types';
import { articleRows, entityArticleRows } from './bundle-rows';
import type { BackstoryDatabase, CorpusMeta } from './database';
import { checkBundleShape } from './check-bundle';
import { putTables } from './matcher-tables';
import { namesAfterCorpus, putReaderEntities } from './reader-entities';
import { withDeadline } from '../../shared/deadline';

/** What {@link ensureCorpus} found or made. */
export interface CorpusStatus {
  version: string;
  /** All articles, bundled and the reader's. */
  articles: number;
  /** Bumped by every load in this worker: caches built on the corpus key on it. */
  loads: number;
}

/** Load progress of one database, for `corpusInfo`. */
export interface LoadState {
  loading: boolean;
  error: string | null;
  loads: number;
}

/**
 * Longest the bundle fetch may take. Every request waits on the one shared load, so a fetch that
 * never settled would hang them all for the worker's life; past this it fails and is retried.
 */
export const BUNDLE_TIMEOUT_MS = 60_000;

/** `work`, or a rejection once `ms` have passed. */
function deadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return withDeadline(work, ms, (): never => {
    throw new Error(`the corpus bundle did not arrive within ${ms} ms`);
  });
}

const inFlight = new WeakMap<BackstoryDatabase, Promise<CorpusStatus>>();
const states = new WeakMap<BackstoryDatabase, LoadState>();
const writeListeners = new WeakMap<BackstoryDatabase, Array<() => void>>();

/**
 * Call `listener` before a corpus load writes into `db` and again once it has: the rows and the
 * matcher's tables are replaced then, and whatever holds a copy of them must let it go.
 */
export function aroundCorpusWrite(db: BackstoryDatabase, listener: () => void): void {
  writeListeners.set(db, [...(writeListeners.get(db) ?? []), listener]);
}

function corpusWritten(db: BackstoryDatabase): void {
  for (const listener of writeListeners.get(db) ?? []) listener();
}

/**
 * What the last full check (or load) of a database found, and the write count it saw. Counting
 * every row costs hundreds of ms in Chromium with 10,000 articles: too much per keystroke. While no
 * write has happened since (Dexie reports every committed write of this worker as `storagemutated`)
 * and the `meta` row is the one checked, the store is the one checked; a deleted database has no
 * `meta` row, and garbage written outside Dexie is caught by the row guards (then repaired).
 */
interface Verified {
  loadedAt: number;
  version: string;
  articles: number;
  writes: number;
}
const verified = new WeakMap<BackstoryDatabase, Verified>();
const writes = new Map<string, number>();
let listening = false;

/** How many committed writes to database `name` this worker has seen. */
function writeCount(name: string): number {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
      for (const db of new Set(Object.keys(parts).map((p) => p.split('/')[2] ?? '')))
        writes.set(db, (writes.get(db) ?? 0) + 1);
    });
  }
  return writes.get(name) ?? 0;
}

/** Forget the last check of `db`: the next {@link ensureCorpus} checks every count again. */
export function forgetVerified(db: BackstoryDatabase): void {
  verified.delete(db);
}

/** The remembered check of `db` if it still holds: no write since and the same `meta` row. */
async function stillVerified(
  db: BackstoryDatabase,
  expectedVersion: string,
): Promise<Verified | null> {
  const seen = verified.get(db);
  if (!seen || seen.version !== expectedVersion || seen.writes !== writeCount(db.name)) return null;
  const meta = await db.meta.get('corpus');
  return meta?.version === seen.version && meta.loadedAt === seen.loadedAt ? seen : null;
}

/** The load state of `db` in this worker. */
export function loadState(db: BackstoryDatabase): LoadState {
  let state = states.get(db);
  if (!state) states.set(db, (state = { loading: false, error: null, loads: 0 }));
  return state;
}

/**
 * Make sure `db` holds the bundled corpus `expectedVersion`. When the stored
 * version differs, or the store is empty or has lost or gained bundled rows,
 * the bundle is fetched and all bundled rows are replaced in one read-write
 * transaction; the reader's articles are never touched. Concurrent callers
 * share one check and load. A failed load rolls back (the previous corpus
 * stays), is remembered in {@link loadState}, and rejects; the next call retries.
 */
export function ensureCorpus(
  db: BackstoryDatabase,
  expectedVersion: string,
  loadBundle: () => Promise<CorpusBundle>,
  bundleTimeoutMs = BUNDLE_TIMEOUT_MS,
): Promise<CorpusStatus> {
  const running = inFlight.get(db);
  if (running) return running;
  const withDeadline = () => deadline(loadBundle(), bundleTimeoutMs);
  const run = checkAndLoad(db, expectedVersion, withDeadline).finally(() => inFlight.delete(db));
  inFlight.set(db, run);
  return run;
}

async function checkAndLoad(
  db: BackstoryDatabase,
  expectedVersion: string,
  loadBundle: () => Promise<CorpusBundle>,
): Promise<CorpusStatus> {
  const state = loadState(db);
  const known = await stillVerified(db, expectedVersion).catch(() => null);
  if (known) return { version: known.version, articles: known.articles, loads: state.loads };
  const before = writeCount(db.name);
  const current = await storedStatus(db, expectedVersion).catch(() => null);
  if (current !== null) {
    verified.set(db, { ...current, writes: before });
    return { version: current.version, articles: current.articles, loads: state.loads };
  }
  verified.delete(db);
  state.loading = true;
  try {
    const bundle = checkBundleShape(await loadBundle());
    if (bundle.version !== expectedVersion) {
      throw new Error(
        `The bundled corpus is version ${bundle.version}, expected ${expectedVersion}: rebuild the extension.`,
      );
    }
    corpusWritten(db);
    const articles = await replaceBundled(db, bundle).finally(() => corpusWritten(db));
    state.error = null;
    state.loads++;
    return { version: bundle.version, articles, loads: state.loads };
  } catch (err) {
    state.error = describeLoadError(err);
    throw err;
  } finally {
    state.loading = false;
  }
}

/** The stored corpus if it is `expectedVersion` and its bundled row counts are as recorded; else null. */
async function storedStatus(
  db: BackstoryDatabase,
  expectedVersion: string,
): Promise<{ version: string; articles: number; loadedAt: number } | null> {
  return db.transaction('r', [db.meta, db.articles, db.entities, db.entityArticles], async () => {
    const meta = await db.meta.get('corpus');
    if (!meta || meta.version !== expectedVersion) return null;
    const [bundled, all, entities, entityArticles] = await Promise.all([
      db.articles.where('origin').equals('bundled').count(),
      db.articles.count(),
      db.entities.count(),
      db.entityArticles.count(),
    ]);
    const intact =
      bundled === meta.articles &&
      entities === meta.entities &&
      entityArticles === meta.entityArticles;
    return intact ? { version: meta.version, articles: all, loadedAt: meta.loadedAt } : null;
  });
}

/** Replace every bundled row with the bundle's, in one transaction. Returns the total article count. */
async function replaceBundled(db: BackstoryDatabase, bundle: CorpusBundle): Promise<number> {
  const tables = [
    db.articles,
    db.entities,
    db.entityArticles,
    db.meta,
    db.matcherTables,
    db.readerEntities,
  ];
  return db.transaction('rw', tables, async () => {
    await Promise.all([
      db.articles.where('origin').equals('bundled').delete(),
      db.entityArticles.clear(),
      db.entities.clear(),
    ]);
    // Where an id collides, the reader's article wins. Only rows marked as the reader's count as
    // theirs: a row without an origin is damage, and the bundled row with its id replaces it.
    const readerIds = new Set(await db.articles.where('origin').equals('reader').primaryKeys());
    const kept = bundle.articles.filter((a) => !readerIds.has(a.id));
    const articles = articleRows(kept, bundle.mentions, 'bundled');
    await db.articles.bulkPut(articles);
    const entityArticles = entityArticleRows(kept, bundle.mentions);
    await db.entities.bulkAdd(bundle.entities);
    await db.entityArticles.bulkAdd(entityArticles);
    await db.meta.put(corpusMeta(bundle, articles.length, entityArticles.length));
    // The reader's names stay, but for those the new corpus now knows itself; the matcher's tables
    // change with both, in the same transaction: never one without the other.
    const names = namesAfterCorpus(bundle.entities, await db.readerEntities.toArray());
    await putReaderEntities(db, names);
    await putTables(db, bundle.entities, names, bundle.version);
    return db.articles.count();
  });
}

function corpusMeta(bundle: CorpusBundle, articles: number, entityArticles: number): CorpusMeta {
  return {
    key: 'corpus',
    version: bundle.version,
    articles,
    entities: bundle.entities.length,
    entityArticles,
    loadedAt: Date.now(),
  };
}

/** A load error in words a reader can act on. */
function describeLoadError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError' || (err instanceof Error && /quota/i.test(err.message))) {
    return 'Not enough storage space to load the Backstory corpus. Free some disk space and try again.';
  }
  return `The Backstory corpus could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
}
