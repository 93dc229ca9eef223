/**
 * `npm run eval -- <labels.json>`: precision and recall of the matcher against
 * a labelled file (schema: ../shared/eval/README.md), through the same code
 * path as `npm run scan`. Prints a table per entity, then every false
 * positive and false negative with its context.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entity } from '../lib/shared/corpus/types';
import { foldKey } from '../lib/shared/match/fold';
import type { FoundMention } from '../lib/shared/match/types';
import { discoverRun, type DiscoveredRun } from './eval-discover';
import { InputError, readJsonInput } from './lib/input-file';
import { loadEntities, loadMatcher } from './scan';

/** The discovered entities and how they map, then the junk candidates with their unlabelled mentions. */
function printDiscovered(run: DiscoveredRun, unlabelled: readonly FoundMention[]): void {
  console.log(
    `discovered ${run.entities.length} entities; ${run.standsFor.size} stand for a labelled one:`,
  );
  for (const e of run.entities) {
    const to = run.standsFor.get(e.id);
    const n = unlabelled.filter((m) => m.entityId === `discovered:${e.id}`).length;
    console.log(
      `  ${e.kind.padEnd(9)} ${e.name.en.padEnd(44)} ${to ? `→ ${to}` : `unlabelled (${n} unscored mentions)`}`,
    );
  }
}

/** One labelled excerpt. */
export interface LabelledText {
  id: string;
  language: string;
  text: string;
  mentions: LabelledMention[];
}

/** One label: a mention of `entity`, or a look-alike (`entity: null`). */
export interface LabelledMention {
  surface: string;
  entity: string | null;
  start: number;
  generic?: boolean;
  trap_for?: string;
}

/** Counts for one entity (or overall). */
export interface Tally {
  tp: number;
  fp: number;
  positives: number;
  found: number;
  nonGeneric: number;
  nonGenericFound: number;
}

/** One error, with where it is. */
export interface Miss {
  kind: 'FP' | 'FN';
  textId: string;
  entity: string;
  surface: string;
  start: number;
  context: string;
  why: string;
}

const emptyTally = (): Tally => ({
  tp: 0,
  fp: 0,
  positives: 0,
  found: 0,
  nonGeneric: 0,
  nonGenericFound: 0,
});

/** Map the labels' canonical names to gazetteer ids: `name.en` folded, else a unique alias. */
export function canonicalIds(entities: Entity[]): (name: string) => string {
  return (name) => {
    const key = foldKey(name);
    const byName = entities.find((e) => foldKey(e.name.en) === key);
    const byAlias = entities.filter((e) => e.aliases.some((a) => foldKey(a) === key));
    const hit = byName ?? (byAlias.length === 1 ? byAlias[0] : undefined);
    if (!hit) throw new Error(`eval: no gazetteer entity for the canonical name "${name}"`);
    return hit.id;
  };
}

function context(text: string, start: number, end: number): string {
  const s = Math.max(0, start - 40);
  const clip = (x: string): string => x.replace(/\s+/g, ' ');
  return `${clip(text.slice(s, start))}[${clip(text.slice(start, end))}]${clip(text.slice(end, end + 40))}`;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

/** Score one excerpt's predictions against its labels, adding to the tallies. */
export function scoreText(
  t: LabelledText,
  found: FoundMention[],
  idOf: (name: string) => string,
  tallies: Map<string, Tally>,
  misses: Miss[],
): void {
  const tally = (id: string): Tally =>
    tallies.get(id) ?? (tallies.set(id, emptyTally()), tallies.get(id) as Tally);
  const labels = t.mentions.map((m) => ({
    ...m,
    id: m.entity === null ? null : idOf(m.entity),
    end: m.start + m.surface.length,
  }));
  for (const p of found) {
    const under = labels.filter((l) => overlaps(p.start, p.end, l.start, l.end));
    const ok = under.some((l) => l.id === p.entityId);
    tally(p.entityId)[ok ? 'tp' : 'fp']++;
    if (ok) continue;
    const why =
      under.length === 0
        ? 'nothing labelled here'
        : under.map((l) => l.id ?? `trap for ${l.trap_for}`).join(', ');
    misses.push({
      kind: 'FP',
      textId: t.id,
      entity: p.entityId,
      surface: p.surface,
      start: p.start,
      context: context(t.text, p.start, p.end),
      why: `${p.rule} via "${p.alias}"; label: ${why}`,
    });
  }
  for (const l of labels) {
    if (l.id === null) continue;
    const hit = found.some((p) => p.entityId === l.id && overlaps(p.start, p.end, l.start, l.end));
    const e = tally(l.id);
    e.positives++;
    e.found += hit ? 1 : 0;
    if (!l.generic) {
      e.nonGeneric++;
      e.nonGenericFound += hit ? 1 : 0;
    }
    if (!hit)
      misses.push({
        kind: 'FN',
        textId: t.id,
        entity: l.id,
        surface: l.surface,
        start: l.start,
        context: context(t.text, l.start, l.end),
        why: l.generic ? 'generic' : '',
      });
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));

function row(name: string, t: Tally): string {
  const cells = [
    t.tp,
    t.fp,
    ratio(t.tp, t.tp + t.fp),
    t.found,
    t.positives,
    ratio(t.found, t.positives),
    ratio(t.nonGenericFound, t.nonGeneric),
  ];
  return `${name.padEnd(36)} ${cells.map((c) => String(c).padStart(9)).join(' ')}`;
}

/** Mentions of discovered entities that stand for no labelled one and overlap no label: not scored, listed. */
function splitUnlabelled(
  t: LabelledText,
  found: FoundMention[],
): { scored: FoundMention[]; unlabelled: FoundMention[] } {
  const scored: FoundMention[] = [];
  const unlabelled: FoundMention[] = [];
  for (const m of found) {
    const under = t.mentions.some((l) =>
      overlaps(m.start, m.end, l.start, l.start + l.surface.length),
    );
    (m.entityId.startsWith('discovered:') && !under ? unlabelled : scored).push(m);
  }
  return { scored, unlabelled };
}

function main(args: string[]): number {
  const file = args.find((a) => !a.startsWith('--'));
  const discover = args.includes('--discover');
  if (!file) return (console.error('usage: npm run eval -- <labels.json> [--discover]'), 1);
  let texts: LabelledText[];
  try {
    texts = readJsonInput(file) as LabelledText[];
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return (console.error(err.message), 1);
  }
  const reviewed = loadEntities();
  const idOf = canonicalIds(reviewed);
  const tallies = new Map<string, Tally>();
  const misses: Miss[] = [];
  const unlabelled: FoundMention[] = [];
  const run = discover ? discoverRun(texts, reviewed) : undefined;
  const matcher = run ? undefined : loadMatcher();
  for (const t of texts) {
    const all = run
      ? run.found(t)
      : (matcher as ReturnType<typeof loadMatcher>).findMentions(t.text);
    const { scored, unlabelled: extra } = splitUnlabelled(t, all);
    unlabelled.push(...extra);
    scoreText(t, scored, idOf, tallies, misses);
  }
  if (run) printDiscovered(run, unlabelled);
  const all = emptyTally();
  for (const t of tallies.values())
    for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
  console.log(
    `${'entity'.padEnd(36)} ${['TP', 'FP', 'precision', 'found', 'positives', 'recall', 'ng-recall'].map((c) => c.padStart(9)).join(' ')}`,
  );
  for (const [id, t] of [...tallies].sort()) console.log(row(id, t));
  console.log(row('ALL', all));
  for (const m of misses)
    console.log(
      `${m.kind} ${m.textId} ${m.entity} "${m.surface}"@${m.start} ${m.why} | ${m.context}`,
    );
  console.log(
    JSON.stringify({
      precision: all.tp / (all.tp + all.fp),
      recall: all.found / all.positives,
      nonGenericRecall: all.nonGenericFound / all.nonGeneric,
      tp: all.tp,
      fp: all.fp,
      ...(run
        ? {
            unlabelledMentions: unlabelled.length,
            strictPrecision: all.tp / (all.tp + all.fp + unlabelled.length),
          }
        : {}),
    }),
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
