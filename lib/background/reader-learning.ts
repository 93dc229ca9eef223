/**
 * The background learns names from the reader's articles as they come and go
 * (`reader-names.ts`), and keeps what depends on them in step: the stored
 * names, the matcher's tables (compiled again in the same transaction, so
 * the next page is matched with them) and the links of the articles that
 * name a new one. The one warm matcher is then read again.
 */
import { mentionsIn } from '../shared/match/build-bundle';
import type { Article } from '../shared/corpus/types';
import { articleRows } from './db/bundle-rows';
import type { BackstoryDatabase, StoredArticle } from './db/database';
import { storeReaderTables } from './db/matcher-tables';
import { putReaderEntities } from './db/reader-entities';
import { linkReaderRows, unlinkReaderRow } from './db/reader-links';
import { discoverArticle } from '../shared/discover/discover-article';
import type { Candidate } from '../shared/discover/types';
import { compileMatcher } from '../shared/match/compile';
import type { Matcher } from '../shared/match/types';
import { layeredMatcher } from '../shared/match/layered';
import type { PageMatcher } from './page-matcher';
import { forgetArticle, learnNames } from './reader-names';

export interface LearningDeps {
  db: BackstoryDatabase;
  pageMatcher: PageMatcher;
  /** The corpus version the tables are compiled for. */
  expectedVersion: string;
}

export interface ReaderLearning {
  /** Learn from the stored reader articles `ids`; resolves with the ids of the new names. */
  learn(ids: readonly string[]): Promise<string[]>;
  /** Article `id` was deleted: the names only it supported go. */
  forget(id: string): Promise<void>;
  /** Milliseconds the last learning with new names took, for the bench (`recompile_ms_20k`). */
  readonly lastMs: number | null;
  /** Where those milliseconds went, phase by phase in order (for the bench's breakdown). */
  readonly lastPhases: Readonly<Record<string, number>> | null;
}

/** Milliseconds per named phase, each from the end of the one before. */
function phaseClock() {
  const phases: Record<string, number> = {};
  let at = performance.now();
  return {
    phases,
    mark(name: string): void {
      const now = performance.now();
      phases[name] = now - at;
      at = now;
    },
  };
}

/** The rows of `rows` that name a new name (`naming`: their ids), before and after matching them again. */
function relinked(rows: readonly StoredArticle[], matcher: Matcher, naming: ReadonlySet<string>) {
  const before = rows.filter((r) => naming.has(r.id));
  const mentions = before.flatMap((r) => mentionsIn(r as Article, matcher));
  return { before, after: articleRows(before, mentions, 'reader') };
}

/** Articles discovered per step of a long learning (an import): the worker answers pages in between. */
const DISCOVER_STEP = 100;

/** Every candidate of `rows`, discovered a step at a time with the thread given back in between. */
async function candidatesOf(rows: readonly StoredArticle[]): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (let i = 0; i < rows.length; i += DISCOVER_STEP) {
    for (const row of rows.slice(i, i + DISCOVER_STEP)) out.push(...discoverArticle(row));
    if (i + DISCOVER_STEP < rows.length) await new Promise((r) => setTimeout(r, 0));
  }
  return out;
}

export function createReaderLearning(deps: LearningDeps): ReaderLearning {
  const { db } = deps;
  let lastMs: number | null = null;
  let lastPhases: Record<string, number> | null = null;
  // One learning at a time: each reads the names the one before wrote.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const learnNow = async (ids: readonly string[]): Promise<string[]> => {
    const started = performance.now();
    const clock = phaseClock();
    const rows = (await db.articles.bulkGet([...ids])).filter(
      (r): r is StoredArticle => r?.origin === 'reader',
    );
    const [known, reader] = await Promise.all([db.entities.toArray(), db.readerEntities.toArray()]);
    // Loaded before the transaction below: a load reads the tables' rows, which it writes.
    const corpusLayer = await deps.pageMatcher.corpusLayer();
    clock.mark('read');
    const candidates = await candidatesOf(rows);
    clock.mark('discover');
    const learned = learnNames(known, reader, candidates);
    clock.mark('learn');
    const naming = new Set(
      learned.entities.filter((e) => learned.added.includes(e.id)).flatMap((e) => e.support),
    );
    if (learned.added.length > 0) deps.pageMatcher.invalidate();
    await db.transaction(
      'rw',
      [db.articles, db.readerLinks, db.readerEntities, db.matcherTables],
      async () => {
        await putReaderEntities(db, learned.entities);
        clock.mark('names');
        if (learned.added.length === 0) return;
        // Only the reader's layer is compiled again: the corpus's stays as it is stored.
        const tables = compileMatcher(learned.entities, deps.expectedVersion);
        clock.mark('compile');
        await storeReaderTables(db, tables);
        clock.mark('store');
        // The next page is matched with the corpus layer and these over it: so are the articles.
        const { before, after } = relinked(rows, layeredMatcher(corpusLayer, tables), naming);
        for (const row of before) await unlinkReaderRow(db, row);
        await db.articles.bulkPut(after);
        await linkReaderRows(db, after);
        clock.mark('relink');
      },
    );
    clock.mark('commit');
    if (learned.added.length > 0) {
      deps.pageMatcher.invalidate();
      lastMs = performance.now() - started;
      lastPhases = clock.phases;
    }
    return learned.added;
  };
  const forgetNow = async (id: string): Promise<void> => {
    deps.pageMatcher.invalidate();
    await db.transaction('rw', [db.readerEntities, db.matcherTables], async () => {
      const { entities, removed } = forgetArticle(await db.readerEntities.toArray(), id);
      await putReaderEntities(db, entities);
      if (removed.length === 0) return;
      await storeReaderTables(db, compileMatcher(entities, deps.expectedVersion));
    });
    deps.pageMatcher.invalidate();
  };
  return {
    learn: (ids) => serial(() => learnNow(ids)),
    forget: (id) => serial(() => forgetNow(id)),
    get lastMs() {
      return lastMs;
    },
    get lastPhases() {
      return lastPhases;
    },
  };
}
