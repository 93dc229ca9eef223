/**
 * The matcher in Node: throughput of `findMentions` (folding, matching, offset
 * mapping and the rules all included) over generated prose, with a gazetteer
 * compiled by the real `compileMatcher`.
 */
import { compileMatcher } from '../../lib/shared/match/compile';
import { createMatcher } from '../../lib/shared/match/matcher';
import { generateEntities } from './gazetteer-gen';
import { createRandom } from '../lib/random';
import { prose } from './text-gen';

export interface MatcherFigures {
  mbPerS: number;
  mentions: number;
  compileMs: number;
  createMs: number;
}

/** Median MB/s (million UTF-16 units per second) of `findMentions` over ~1 MB, `aliases` aliases, after two warm-up calls. */
export function benchMatcher(aliases: number, seed: number, runs = 7): MatcherFigures {
  const entities = generateEntities(aliases, seed);
  let t = performance.now();
  // As the background gets them back from IndexedDB: a structured clone.
  const data = structuredClone(compileMatcher(entities));
  const compileMs = performance.now() - t;
  t = performance.now();
  const matcher = createMatcher(data);
  const createMs = performance.now() - t;
  const text = prose(createRandom(seed + 1), entities, 1_000_000);
  // Untimed warm-up: the first calls run while V8 is still compiling the fold
  // loop and allocate the fold buffers; a throughput figure is steady state.
  let mentions = matcher.findMentions(text).length;
  matcher.findMentions(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    mentions = matcher.findMentions(text).length;
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const median = times[runs >> 1] as number;
  return { mbPerS: text.length / 1e6 / (median / 1000), mentions, compileMs, createMs };
}
