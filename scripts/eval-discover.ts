/**
 * `npm run eval -- <labels.json> --discover`: discovery judged by spotting.
 * The labelled texts are taken as new articles, entities are discovered from
 * them with the reviewed layer left out, and the matcher compiled from what was
 * found is scored against the labels.
 *
 * Labels name entities by canonical name (the reviewed gazetteer's). A
 * discovered entity stands for a reviewed one when they share a spelling (the
 * discovered entity's own name first, then the most shared spellings), the
 * same rule the build uses to put reviewed entries on top of discovery.
 * Discovered entities that stand for none are listed as junk candidates; their
 * mentions count as false positives only where they overlap a label.
 */
import type { Entity } from '../lib/shared/corpus/types';
import { discoverCorpus } from '../lib/shared/discover/discover-corpus';
import { phraseKey } from '../lib/shared/discover/fold-name';
import { compileMatcher } from '../lib/shared/match/compile';
import { createMatcher } from '../lib/shared/match/matcher';
import type { FoundMention } from '../lib/shared/match/types';
import type { LabelledText } from './eval';

/** What discovery found in the labelled texts, ready to score. */
export interface DiscoveredRun {
  entities: Entity[];
  /** Discovered id → reviewed id, for those that stand for a reviewed entity. */
  standsFor: Map<string, string>;
  /** Mentions per text, with entity ids mapped to reviewed ids where they stand for one. */
  found: (t: LabelledText) => FoundMention[];
}

/** Which reviewed entity a discovered one stands for, by shared spellings (own name first). */
export function standsFor(discovered: Entity, reviewed: readonly Entity[]): string | undefined {
  const keys = (e: Entity): string[] => [e.name.en, ...e.aliases].map(phraseKey);
  const own = reviewed.find((r) => keys(r).includes(phraseKey(discovered.name.en)));
  if (own) return own.id;
  const mine = new Set(keys(discovered));
  const scored = reviewed
    .map((r) => ({ id: r.id, n: keys(r).filter((k) => mine.has(k)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return scored[0]?.id;
}

/** Discover from the labelled texts (no reviewed layer) and build the matcher from it. */
export function discoverRun(
  texts: readonly LabelledText[],
  reviewed: readonly Entity[],
): DiscoveredRun {
  const articles = texts.map((t) => ({
    id: t.id,
    language: t.language === 'vi' ? ('vi' as const) : ('en' as const),
    date: null,
    title: '',
    paragraphs: t.text.split(/\n+/).filter((p) => p.trim() !== ''),
  }));
  const { entities } = discoverCorpus(articles);
  const map = new Map<string, string>();
  for (const e of entities) {
    const id = standsFor(e, reviewed);
    if (id) map.set(e.id, id);
  }
  const matcher = createMatcher(compileMatcher(entities));
  return {
    entities,
    standsFor: map,
    found: (t) =>
      matcher
        .findMentions(t.text)
        .map((m) => ({ ...m, entityId: map.get(m.entityId) ?? `discovered:${m.entityId}` })),
  };
}
