/**
 * The matcher a woken worker answers its first pages with, built from the
 * session's copy of the tables alone: the rest of the background (Dexie, the
 * search, the clipper's learning, the import) is not loaded for them. Once the
 * rest runs, its own matcher answers every page: that one follows the corpus
 * and the reader's names as they change, and only the rest changes them.
 */
import { layeredMatcher } from '../shared/match/layered';
import { createMatcher } from '../shared/match/matcher';
import type { Matcher } from '../shared/match/types';
import type { PageMatcher } from './page-matcher';
import type { TablesCopy } from './tables-copy';

export interface FrontMatcherDeps {
  /** The session's copy of the tables (none in Firefox, whose background page stays up). */
  copy?: TablesCopy;
  /** The corpus version this build ships: the copy must have been compiled from it. */
  expectedVersion: string;
  /** The rest's matcher if the rest is running, else null. */
  running(): PageMatcher | null;
  /** The rest's matcher, starting the rest if it is not running. */
  start(): PageMatcher;
}

export type FrontMatcher = Pick<PageMatcher, 'get' | 'invalidate' | 'lastLoad'>;

export function createFrontMatcher(deps: FrontMatcherDeps): FrontMatcher {
  let fromCopy: Promise<Matcher | null> | null = null;
  let copyLoad: PageMatcher['lastLoad'] = null;
  const readCopy = async (): Promise<Matcher | null> => {
    const started = performance.now();
    const tables = await deps.copy?.read(deps.expectedVersion);
    if (!tables) return null;
    const read = performance.now();
    const matcher = layeredMatcher(createMatcher(tables.corpus), tables.reader);
    const readyAt = performance.now();
    copyLoad = {
      ms: readyAt - started,
      compiled: false,
      fromCopy: true,
      readyAt,
      openMs: 0,
      readMs: read - started,
    };
    return matcher;
  };
  return {
    async get() {
      if (!deps.running()) {
        // A copy that cannot be made into a matcher is no copy: the rest reads the store instead.
        const matcher = await (fromCopy ??= readCopy().catch(() => null));
        if (matcher && !deps.running()) return matcher;
      }
      return deps.start().get();
    },
    // Forget both matchers and the copy: the next page waits for the rest to read the store.
    invalidate() {
      fromCopy = Promise.resolve(null);
      deps.start().invalidate();
    },
    // The later of the two loads: the copy's, or the rest's once it loaded its own.
    get lastLoad() {
      const rest = deps.running()?.lastLoad ?? null;
      return rest && (!copyLoad || rest.readyAt >= copyLoad.readyAt) ? rest : copyLoad;
    },
  };
}
