/**
 * A generated corpus bundle of many articles, built with the real
 * `buildBundle` (so mentions are found by the real matcher) and no Node API:
 * the bench builds it inside the extension's service worker.
 */
import { buildBundle } from '../../lib/shared/match/build-bundle';
import type { Article, CorpusBundle, Entity } from '../../lib/shared/corpus/types';
import { compileMatcher } from '../../lib/shared/match/compile';
import { createMatcher } from '../../lib/shared/match/matcher';
import { createRandom } from '../lib/random';
import { paragraph } from './text-gen';

function isoDate(day: number): string {
  return new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** `count` articles of three paragraphs each, dated over ten years (one in twenty undated). */
export function generateBundle(entities: Entity[], count: number, seed: number): CorpusBundle {
  const r = createRandom(seed);
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = [0, 1, 2].map(() => paragraph(r, entities, 400));
    articles.push({
      id: `bench-${i.toString().padStart(5, '0')}`,
      date: r.next() < 0.05 ? null : isoDate(r.int(3650)),
      title: paragraph(r, entities, 60).slice(0, 90),
      language: r.next() < 0.5 ? 'en' : 'vi',
      place: null,
      source: r.pick(['VNS', 'VNA/VNS', null]),
      author: null,
      paragraphs,
      origin: 'bundled',
    });
  }
  const matcher = createMatcher(compileMatcher(entities));
  let n = 0;
  // A cheap stand-in for SHA-256 (the bench needs a stable version, not security).
  const hash = (text: string): string => {
    for (let i = 0; i < text.length; i += 97) n = (Math.imul(n, 31) + text.charCodeAt(i)) | 0;
    return (n >>> 0).toString(16).padStart(12, '0');
  };
  return buildBundle({ articles, entities, matcher, hash });
}
