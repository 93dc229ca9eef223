/**
 * `npm run entities [-- --json | --diff <dir> | --no-review | --check]`: the
 * entities the corpus yields, for review.
 *
 *   (default)    a table: id, kind, name en / vi, role, country, spellings,
 *                articles, one evidence sentence, status (reviewed / discovered / blocked)
 *   --json       one JSON object a line
 *   --diff DIR   what the articles in DIR would add to the seeds' entities
 *   --no-review  discovery alone (the reviewed layer left out)
 *   --check      discovery alone against the reviewed file: which reviewed
 *                entities it finds with their kind and the seeds' spellings
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entity } from '../lib/shared/corpus/types';
import { phraseKey } from '../lib/shared/discover/fold-name';
import { buildCorpus, type CorpusOutputs } from './build-corpus';
import { standsFor } from './eval-discover';
import { loadEntities } from './scan';

const SEEDS = resolve(import.meta.dirname, '../seeds');

/** One review row. */
export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  role: string;
  country: string;
  spellings: string[];
  articles: number;
  evidence: string;
  status: 'reviewed' | 'discovered' | 'blocked';
}

/** The rows of a build: matched entities with their article counts from the bundle, then the blocked ones. */
export function rowsOf(out: CorpusOutputs): EntityRow[] {
  const articles = new Map<string, Set<string>>();
  for (const m of out.bundle.mentions)
    articles.set(m.entityId, (articles.get(m.entityId) ?? new Set()).add(m.articleId));
  const row = (e: Entity, status: EntityRow['status']): EntityRow => ({
    id: e.id,
    kind: e.kind,
    name: e.name.en === e.name.vi ? e.name.en : `${e.name.en} / ${e.name.vi}`,
    role: e.role.en,
    country: e.country,
    spellings: e.aliases,
    articles: status === 'blocked' ? (e.articleCount ?? 0) : (articles.get(e.id)?.size ?? 0),
    evidence: e.evidence ?? '',
    status,
  });
  return [
    ...out.bundle.entities.map((e) =>
      row(e, e.origin === 'discovered' ? 'discovered' : 'reviewed'),
    ),
    ...out.blocked.map((e) => row(e, 'blocked')),
  ];
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function printTable(rows: readonly EntityRow[]): void {
  for (const r of rows) {
    console.log(
      `${r.status.padEnd(10)} ${r.kind.padEnd(9)} ${r.id}  ${r.name}  [${r.country}]  ${r.role}`,
    );
    console.log(
      `           ${r.articles} article(s); ${r.spellings.length} spellings: ${clip(r.spellings.join(' | '), 160)}`,
    );
    if (r.evidence) console.log(`           “${clip(r.evidence, 150)}”`);
  }
}

function build(dir: string, emptyReview = false): CorpusOutputs {
  const result = buildCorpus(dir, { emptyReview });
  if (!result.ok) {
    for (const e of result.errors) console.error(e.message);
    throw new Error(`entities: ${result.errors.length} problem(s); see above`);
  }
  return result.outputs;
}

/** The seeds plus the articles of `dir`, built in a scratch folder. */
function withArticles(dir: string): CorpusOutputs {
  const scratch = mkdtempSync(join(tmpdir(), 'backstory-entities-'));
  try {
    for (const from of [SEEDS, resolve(dir)])
      for (const f of readdirSync(from))
        if (/\.(txt|meta\.json)$/.test(f) || f === 'gazetteer.json')
          copyFileSync(join(from, f), join(scratch, f));
    return build(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** New entities, and new spellings of known ones, that `dir` would add. */
function diff(dir: string): EntityRow[] {
  const before = new Map(
    rowsOf(build(SEEDS)).map((r) => [r.id, new Set(r.spellings.map(phraseKey))]),
  );
  return rowsOf(withArticles(dir)).flatMap((r) => {
    const known = before.get(r.id);
    if (!known) return [r];
    const added = r.spellings.filter((s) => !known.has(phraseKey(s)));
    return added.length ? [{ ...r, spellings: added }] : [];
  });
}

/** Discovery alone against the reviewed file: found with the right kind and every spelling the seeds use. */
function check(): number {
  const out = build(SEEDS, true);
  const reviewed = loadEntities();
  const reviewedOut = build(SEEDS);
  let ok = 0;
  for (const r of reviewed) {
    const used = new Set(
      reviewedOut.bundle.mentions
        .filter((m) => m.entityId === r.id && m.rule === 'full')
        .map((m) => phraseKey(m.surface)),
    );
    const d = out.bundle.entities.find((e) => standsFor(e, [r]) === r.id);
    const spellings = new Set(d?.aliases.map(phraseKey) ?? []);
    const missing = [...used].filter((s) => !spellings.has(s));
    const good = !!d && d.kind === r.kind && missing.length === 0;
    if (good) ok++;
    console.log(
      `${good ? 'ok  ' : 'MISS'} ${r.id.padEnd(36)} ${d ? `${d.id} (${d.kind})` : 'not discovered'}${missing.length ? `; seeds' spellings missing: ${missing.join(', ')}` : ''}`,
    );
  }
  const other = out.bundle.entities.filter(
    (e) => !reviewed.some((r) => standsFor(e, [r]) === r.id),
  );
  console.log(
    `${ok} of ${reviewed.length} reviewed entities discovered with their kind and the seeds' spellings`,
  );
  console.log(
    `${out.bundle.entities.length} discovered; not standing for a reviewed one: ${other.map((e) => `${e.name.en} (${e.kind})`).join(', ') || 'none'}`,
  );
  return ok >= reviewed.length - 1 ? 0 : 1;
}

function main(args: string[]): number {
  if (args.includes('--check')) return check();
  const at = args.indexOf('--diff');
  const rows =
    at >= 0 ? diff(args[at + 1] ?? '.') : rowsOf(build(SEEDS, args.includes('--no-review')));
  if (args.includes('--json')) for (const r of rows) console.log(JSON.stringify(r));
  else printTable(rows);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
