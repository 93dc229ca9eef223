/**
 * `npm run corpus`: seeds/*.txt (+ optional <stem>.meta.json) and
 * seeds/gazetteer.json → the versioned corpus bundle.
 *
 *   tsx scripts/build-corpus.ts [--seeds <dir>] [--out <dir>]
 *
 * Writes, under --out (default: the project):
 *   public/corpus/bundle.json         the bundle the background loads
 *   lib/generated/corpus-meta.json    { version, articles, entities }
 * On bad input it prints `file:line: reason` for every problem, writes
 * nothing and exits 1.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withArticleMeta } from '../lib/shared/corpus/article-meta';
import { buildBundle } from '../lib/shared/match/build-bundle';
import { CorpusError, corpusErrorsOf } from '../lib/shared/corpus/corpus-error';
import { parseReviewed } from '../lib/shared/corpus/gazetteer';
import { parseArticle } from '../lib/shared/corpus/parse-article';
import type { Article, CorpusBundle, Entity } from '../lib/shared/corpus/types';
import { compileMatcher } from '../lib/shared/match/compile';
import { createMatcher } from '../lib/shared/match/matcher';
import { discoverCorpus } from '../lib/shared/discover/discover-corpus';
import type { ReviewedLayer } from '../lib/shared/corpus/reviewed';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What a successful build produces, before anything is written. */
export interface CorpusOutputs {
  bundle: CorpusBundle;
  meta: { version: string; articles: number; entities: number };
  /** Entities by provenance, and the discovered ones the reviewed layer blocks. */
  counts: { reviewed: number; discovered: number; blocked: number };
  blocked: Entity[];
}

/** Every problem in the inputs, or the outputs when there is none. */
export type CorpusResult =
  { ok: true; outputs: CorpusOutputs } | { ok: false; errors: CorpusError[] };

/** Run `step`, turning input problems into collected errors; anything else is a bug and propagates. */
function collect<T>(errors: CorpusError[], step: () => T): T | undefined {
  try {
    return step();
  } catch (e) {
    const found = corpusErrorsOf(e);
    if (!found) throw e;
    errors.push(...found);
    return undefined;
  }
}

/** Parse every seed article and its sidecar, collecting every problem. */
function readArticles(
  seedsDir: string,
  errors: CorpusError[],
): { articles: Article[]; files: string[] } {
  const names = readdirSync(seedsDir).sort();
  const articles: Article[] = [];
  const files: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.txt'))) {
    const file = shown(join(seedsDir, name));
    const sidecar = join(seedsDir, name.replace(/\.txt$/, '.meta.json'));
    const article = collect(errors, () => {
      const parsed = parseArticle(file, readFileSync(join(seedsDir, name)));
      return existsSync(sidecar)
        ? withArticleMeta(parsed, shown(sidecar), readFileSync(sidecar, 'utf8'))
        : parsed;
    });
    if (!article) continue;
    articles.push(article);
    files.push(file);
  }
  for (const name of names.filter((n) => n.endsWith('.meta.json'))) {
    if (!names.includes(name.replace(/\.meta\.json$/, '.txt'))) {
      errors.push(
        new CorpusError(
          shown(join(seedsDir, name)),
          1,
          'metadata file without an article beside it',
        ),
      );
    }
  }
  return { articles, files };
}

/** Parse the reviewed layer, collecting its problems. */
function readReviewed(seedsDir: string, errors: CorpusError[]): ReviewedLayer | undefined {
  const path = join(seedsDir, 'gazetteer.json');
  if (existsSync(path))
    return collect(errors, () => parseReviewed(shown(path), readFileSync(path, 'utf8')));
  errors.push(new CorpusError(shown(path), 1, 'the gazetteer is missing'));
  return undefined;
}

/** Build options: `emptyReview` discovers with the reviewed layer left out (for evaluating discovery). */
export interface BuildOptions {
  emptyReview?: boolean;
}

/** Read and check all the inputs in `seedsDir` and build the outputs in memory. */
export function buildCorpus(seedsDir: string, options: BuildOptions = {}): CorpusResult {
  const errors: CorpusError[] = [];
  const { articles, files } = readArticles(seedsDir, errors);
  const read = readReviewed(seedsDir, errors);
  const reviewed = options.emptyReview ? { entities: [], corrections: [] } : read;
  if (articles.length === 0 && errors.length === 0)
    errors.push(new CorpusError(shown(seedsDir), 1, 'no *.txt articles'));
  if (errors.length > 0 || !reviewed) return { ok: false, errors };
  const found = discoverCorpus(articles, reviewed);
  const gazetteer = shown(join(seedsDir, 'gazetteer.json'));
  errors.push(...found.problems.map((p) => new CorpusError(gazetteer, p.line, p.reason)));
  if (errors.length > 0) return { ok: false, errors };
  const entities = found.entities;
  const matcher = createMatcher(compileMatcher(entities));
  const hash = (text: string) => createHash('sha256').update(text).digest('hex');
  const bundle = collect(errors, () => buildBundle({ articles, entities, matcher, hash, files }));
  if (!bundle) return { ok: false, errors };
  const meta = {
    version: bundle.version,
    articles: bundle.articles.length,
    entities: bundle.entities.length,
  };
  const reviewedCount = entities.filter((e) => e.origin !== 'discovered').length;
  const counts = {
    reviewed: reviewedCount,
    discovered: entities.length - reviewedCount,
    blocked: found.blocked.length,
  };
  return { ok: true, outputs: { bundle, meta, counts, blocked: found.blocked } };
}

/** Write the outputs under `outDir`, each file replaced whole (write, then rename). */
export function writeOutputs(outDir: string, { bundle, meta }: CorpusOutputs): string[] {
  const targets: Array<[string, unknown]> = [
    ['public/corpus/bundle.json', bundle],
    ['lib/generated/corpus-meta.json', meta],
  ];
  return targets.map(([path, data]) => {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.tmp`, `${JSON.stringify(data)}\n`);
    renameSync(`${target}.tmp`, target);
    return target;
  });
}

/** A path as the user should read it: relative to where they ran the command. */
function shown(path: string): string {
  return relative(process.cwd(), path) || '.';
}

function option(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  const value = i >= 0 ? args[i + 1] : undefined;
  if (i >= 0 && (value === undefined || value.startsWith('--')))
    throw new Error(`${name} needs a folder`);
  return resolve(value ?? fallback);
}

/** The command: build, then write or report. Returns the exit code. */
export function main(args: readonly string[]): number {
  const seedsDir = option(args, '--seeds', join(ROOT, 'seeds'));
  const outDir = option(args, '--out', ROOT);
  const result = buildCorpus(seedsDir);
  if (!result.ok) {
    for (const e of result.errors) console.error(e.message);
    console.error(
      `corpus: ${result.errors.length} problem(s) in ${shown(seedsDir)}; nothing written`,
    );
    return 1;
  }
  writeOutputs(outDir, result.outputs);
  const { bundle, counts } = result.outputs;
  console.log(
    `corpus: ${bundle.articles.length} articles, ${bundle.entities.length} entities, ${bundle.mentions.length} mentions, version ${bundle.version}`,
  );
  console.log(
    `corpus: ${bundle.entities.length + counts.blocked} entities (${counts.reviewed} reviewed, ${counts.discovered} discovered, ${counts.blocked} blocked)`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
