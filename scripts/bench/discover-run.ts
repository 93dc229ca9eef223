/**
 * The discovery bench: discovery and matcher compilation over a generated
 * corpus of 10,000 articles naming 5,000 entities, as the build runs them.
 * `tsx scripts/bench/discover-run.ts` prints one JSON line; `npm run bench --
 * --only=discover` calls {@link runDiscover}.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discoverCorpus } from '../../lib/shared/discover/discover-corpus';
import { compileMatcher } from '../../lib/shared/match/compile';
import { generateDiscoveryCorpus } from './discover-corpus-gen';

/** Seconds for discovery + compile, and what it found. */
export interface DiscoverFigures {
  discover_10k_s: number;
  discover_10k_entities: number;
}

/** Run discovery and compile over the generated corpus and time both. */
export function runDiscover(seed = 20251029, articles = 10_000, entities = 5_000): DiscoverFigures {
  const corpus = generateDiscoveryCorpus(articles, entities, seed);
  const t0 = performance.now();
  const found = discoverCorpus(corpus);
  compileMatcher(found.entities);
  const s = (performance.now() - t0) / 1000;
  return {
    discover_10k_s: Math.round(s * 100) / 100,
    discover_10k_entities: found.entities.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(JSON.stringify(runDiscover()));
}
