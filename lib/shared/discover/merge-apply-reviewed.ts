import type { Entity } from '../corpus/types';
import { phraseKey } from './fold-name';
import type { Correction, ReviewedLayer } from '../corpus/reviewed';
import type { Found } from './merge-found';
import { unique } from './merge-pick';

/** A reviewed-layer problem: the line of the correction and why it does not apply. */
export interface ReviewProblem {
  line: number;
  reason: string;
}

/** A discovered or reviewed entity during merging, with its provenance. */
export interface Merged extends Found {
  status: 'reviewed' | 'discovered' | 'blocked';
}

const keysOf = (e: Entity): string[] => [e.id, ...e.aliases].map(phraseKey);

/** Add `from`'s spellings and titles to `into` (the reviewed entity keeps everything else). */
function absorb(into: Merged, from: Found): void {
  const e = into.entity;
  e.aliases = unique([...e.aliases, ...from.entity.aliases]);
  if (from.entity.shortForms?.length)
    e.shortForms = unique([...(e.shortForms ?? []), ...from.entity.shortForms]);
  if (from.entity.titles?.length) e.titles = unique([...(e.titles ?? []), ...from.entity.titles]);
  into.candidates.push(...from.candidates);
}

/** The entity a target (an id or a spelling) names, if exactly one. */
function find(all: readonly Merged[], target: string): Merged | undefined {
  const key = phraseKey(target);
  const byId = all.find((m) => m.entity.id === target);
  if (byId) return byId;
  const hits = all.filter((m) => keysOf(m.entity).includes(key));
  return hits.length === 1 ? hits[0] : undefined;
}

function applyOne(all: Merged[], c: Correction, problems: ReviewProblem[]): void {
  const targets = c.action === 'merge' ? c.targets : [c.target];
  const found = targets.map((t) => find(all, t));
  const missing = targets.filter((_, i) => !found[i]);
  if (missing.length > 0) {
    problems.push({
      line: c.line,
      reason: `no single entity is "${missing.join('", "')}" (use an id from npm run entities)`,
    });
    return;
  }
  const [first, ...rest] = found as Merged[];
  if (!first) return;
  if (c.action === 'block') first.status = 'blocked';
  else if (c.action === 'merge') {
    for (const m of rest.filter((x) => x !== first)) {
      absorb(first, m);
      all.splice(all.indexOf(m), 1);
    }
  } else {
    const { aliases, shortForms, titles, notBefore, ...fields } = c.patch;
    Object.assign(first.entity, fields);
    absorb(first, {
      entity: { ...first.entity, aliases: aliases ?? [], shortForms, titles },
      candidates: [],
    });
    if (notBefore)
      first.entity.notBefore = unique([...(first.entity.notBefore ?? []), ...notBefore]);
    first.status = 'reviewed';
  }
}

/**
 * Put the reviewed layer on top of discovery: a reviewed entity absorbs every
 * discovered one that shares a spelling with it (its own fields win), then the
 * corrections run in file order. Returns the entities and what did not apply.
 */
export function applyReviewed(
  found: readonly Found[],
  reviewed: ReviewedLayer,
): { merged: Merged[]; problems: ReviewProblem[] } {
  const merged: Merged[] = reviewed.entities.map((e) => ({
    entity: structuredClone(e),
    candidates: [],
    status: 'reviewed',
  }));
  const owner = new Map<string, Merged>();
  for (const m of merged) for (const k of keysOf(m.entity)) owner.set(k, m);
  for (const f of found) {
    // Its own name decides first (`APEC … Week 2027` is the 2027 edition even though it shares
    // `APEC summit` with 2025's), then the most spellings shared.
    const counts = new Map<Merged, number>();
    const own = owner.get(phraseKey(f.entity.name.en));
    if (own) counts.set(own, 1e6);
    for (const k of keysOf(f.entity)) {
      const o = owner.get(k);
      if (o) counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (best) absorb(best, f);
    else merged.push({ ...f, status: 'discovered' });
  }
  const problems: ReviewProblem[] = [];
  for (const c of reviewed.corrections) applyOne(merged, c, problems);
  return { merged, problems };
}
