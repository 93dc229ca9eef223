import type { Entity } from '../corpus/types';
import { phraseKey } from './fold-name';
import { agreementEntity, groupAgreements } from './merge-agreements';
import { applyReviewed, type Merged, type ReviewProblem } from './merge-apply-reviewed';
import { eventEntity, groupEvents } from './merge-events';
import type { Found } from './merge-found';
import { groupLeaders, leaderEntity } from './merge-leaders';
import { mostFrequent } from './merge-pick';
import { NO_REVIEW, type ReviewedLayer } from '../corpus/reviewed';
import type { Candidate } from './types';

/** What merging yields: the entities to match, the blocked ones (for review), and reviewed-layer problems. */
export interface MergeResult {
  entities: Entity[];
  blocked: Entity[];
  problems: ReviewProblem[];
}

/**
 * The country the corpus is about: the one its leaders and agreements belong
 * to in the most articles.
 */
function homeCountry(found: readonly Found[]): string | undefined {
  const pairs = new Set<string>();
  for (const f of found) {
    const codes =
      f.entity.kind === 'leader'
        ? [f.entity.country]
        : f.candidates.flatMap((c) => c.parties ?? []);
    for (const c of f.candidates)
      for (const code of codes) if (code) pairs.add(`${code}|${c.articleId}`);
  }
  return mostFrequent([...pairs].map((p) => p.split('|')[0] as string));
}

/** Facts for the review table, kept on the entity: article count and one sentence. */
function annotate(m: Merged): Entity {
  const articles = new Set(m.candidates.map((c) => c.articleId));
  const evidence = m.candidates.find((c) => c.title)?.evidence ?? m.candidates[0]?.evidence;
  const e: Entity = { ...m.entity, origin: m.status === 'discovered' ? 'discovered' : 'reviewed' };
  if (articles.size > 0) e.articleCount = articles.size;
  if (evidence && !e.evidence) e.evidence = evidence;
  return e;
}

/**
 * A spelling two entities share belongs to one: the reviewed one, else the
 * one more articles name; ids are made unique the same way.
 */
function settleConflicts(merged: Merged[]): Merged[] {
  const rank = (m: Merged): number =>
    (m.status === 'reviewed' ? 1e9 : 0) + new Set(m.candidates.map((c) => c.articleId)).size;
  const ordered = [...merged].sort((a, b) => rank(b) - rank(a));
  const taken = new Set<string>();
  const ids = new Set<string>();
  for (const m of ordered) {
    m.entity.aliases = m.entity.aliases.filter((a) => !taken.has(phraseKey(a)));
    for (const a of m.entity.aliases) taken.add(phraseKey(a));
    let id = m.entity.id;
    for (let n = 2; ids.has(id); n++) id = `${m.entity.id}-${n}`;
    ids.add(id);
    m.entity.id = id;
  }
  return merged.filter((m) => m.entity.aliases.length > 0);
}

/**
 * Merge every article's candidates into entities, one per leader, agreement
 * and event, with all their spellings, and put the reviewed layer on top.
 * Pure: the build calls it over the seeds, the background over the bundle's
 * candidates plus the reader's articles.
 */
export function mergeEntities(
  candidates: readonly Candidate[],
  reviewed: ReviewedLayer = NO_REVIEW,
): MergeResult {
  const leaders = groupLeaders(candidates).map(leaderEntity);
  const agreements = groupAgreements(candidates);
  const home = homeCountry([
    ...leaders,
    ...agreements.map((g) => ({ entity: { kind: 'agreement' }, candidates: g }) as Found),
  ]);
  const found: Found[] = [
    ...leaders,
    ...agreements.map((g) => agreementEntity(g, home)),
    ...groupEvents(candidates).map(eventEntity),
  ];
  const { merged, problems } = applyReviewed(found, reviewed);
  const kept = settleConflicts(merged);
  return {
    entities: kept.filter((m) => m.status !== 'blocked').map(annotate),
    blocked: kept.filter((m) => m.status === 'blocked').map(annotate),
    problems,
  };
}
