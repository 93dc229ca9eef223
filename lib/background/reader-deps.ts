import type { Matcher } from '../shared/match/types';
import type { BackstoryDatabase } from './db/database';
import type { ReaderLearning } from './reader-learning';

/** What the reader-article handlers work on. */
export interface ReaderDeps {
  db: BackstoryDatabase;
  /** The matcher pages are matched with (the background's one warm copy). */
  matcher: () => Promise<Matcher>;
  /** Run the clipper script in a tab and resolve with what it returned (checked here). */
  runClipper: (tabId: number) => Promise<unknown>;
  /** The corpus is loaded (reader rows go in beside it, never before a load that would race them). */
  ensureReady: () => Promise<unknown>;
  /** Called after every write: caches built on the corpus (the search index) must rebuild. */
  onChange: () => void;
  /** Learns names from stored reader articles, and forgets those of a deleted one. */
  learning: Pick<ReaderLearning, 'learn' | 'forget'>;
}
