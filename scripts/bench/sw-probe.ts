/**
 * Bundled by the bench (esbuild, IIFE) and evaluated in the extension's
 * service worker: it runs the background's real code — `ensureCorpus` into a
 * real IndexedDB, and the `search` handler — on a generated corpus, in a
 * database of its own so the extension's own corpus is never touched.
 */
import { createBackgroundHandlers } from '../../lib/background/handlers';
import type { Entity } from '../../lib/shared/corpus/types';
import { BackstoryDatabase } from '../../lib/background/db/database';
import { ensureCorpus } from '../../lib/background/db/load-bundle';
import { generateBundle } from './bundle-gen';

/** What the bench asks of the probe. */
export interface ProbeRequest {
  entities: Entity[];
  articles: number;
  seed: number;
  /** Each query is typed one keystroke at a time. */
  queries: string[];
}

export interface ProbeResult {
  generateMs: number;
  installMs: number;
  indexMs: number;
  keystrokeMs: number[];
}

async function run(req: ProbeRequest): Promise<ProbeResult> {
  let t = performance.now();
  const bundle = generateBundle(req.entities, req.articles, req.seed);
  const generateMs = performance.now() - t;
  const name = `backstory-bench-${Date.now()}`;
  const db = new BackstoryDatabase(name);
  try {
    t = performance.now();
    await ensureCorpus(db, bundle.version, async () => bundle);
    const installMs = performance.now() - t;
    const handlers = createBackgroundHandlers({
      db,
      expectedVersion: bundle.version,
      loadBundle: async () => bundle,
      openReader: async () => false,
    });
    t = performance.now();
    await handlers.search({ query: 'a', limit: 1 }, {});
    const indexMs = performance.now() - t;
    const keystrokeMs: number[] = [];
    for (const q of req.queries) {
      for (let k = 1; k <= q.length; k++) {
        t = performance.now();
        await handlers.search({ query: q.slice(0, k) }, {});
        keystrokeMs.push(performance.now() - t);
      }
    }
    return { generateMs, installMs, indexMs, keystrokeMs };
  } finally {
    db.close();
    await BackstoryDatabase.delete(name);
  }
}

(globalThis as unknown as { backstoryBenchProbe: typeof run }).backstoryBenchProbe = run;
