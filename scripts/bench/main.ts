/**
 * `npm run bench` (issue 4): the matcher in Node, then the built extension in
 * headless Chromium on generated pages and a generated 10,000-article corpus,
 * with the shipped gazetteer and with a generated 20,000-alias one. Prints a
 * table and, as its last line, one JSON object. `--no-build` uses the current
 * `.output/chrome-mv3` as it is (still copied under the build lock).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Entity } from '../../lib/corpus/types';
import { compileMatcher } from '../../lib/match/compile';
import { serveFolder } from '../lib/static-server';
import { runAnnotate, runColdFloor } from './annotate-run';
import { launchBench } from './browser-session';
import { runImport } from './import-run';
import { runAppending, runInfiniteScroll, runSpa } from './changing-run';
import { copyBuiltExtension, withMatcherData } from './extension-copy';
import { generateEntities, realEntities } from './gazetteer-gen';
import { p95, runHoverCold, runHoverWarm } from './hover-run';
import { runMarkJs } from './markjs-run';
import { benchMatcher } from './node-bench';
import { appendingPage, hoverPage, infiniteScrollPage, spaPage, staticPage } from './page-gen';
import { printReport, type Figures } from './report';
import { runWorker } from './worker-run';
import { runDiscover } from './discover-run';

const SEED = 20251029;
/** `--only=annotate,hover,changing,worker,import,20k,markjs,discover`: run some parts (while working on one). */
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const part = (name: string): boolean => !ONLY || ONLY.includes(name);
const MARKJS_TIMEOUT_MS = 600_000;
const round = (v: number | null | undefined, d = 1): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10 ** d) / 10 ** d;

function writePages(dir: string, real: Entity[], big: Entity[]): void {
  writeFileSync(join(dir, 'page-1mb.html'), staticPage(real, SEED, 1_000_000));
  writeFileSync(join(dir, 'page-1mb-20k.html'), staticPage(big, SEED, 1_000_000));
  writeFileSync(join(dir, 'hover.html'), hoverPage(real));
  writeFileSync(join(dir, 'appending.html'), appendingPage(real, SEED + 1, 1000, 10_000));
  writeFileSync(join(dir, 'infinite.html'), infiniteScrollPage(real, SEED + 2, 20, 50));
  writeFileSync(join(dir, 'spa.html'), spaPage(real, SEED + 3, 5));
}

const gzipKb = (ext: string): number =>
  gzipSync(readFileSync(join(ext, 'content-scripts/content.js'))).length / 1024;

async function main(): Promise<void> {
  const f: Figures = {};
  if (part('discover')) f.discover_10k_s = runDiscover().discover_10k_s;
  if (ONLY?.every((p) => p === 'discover')) return printReport(f);
  log('matcher in Node');
  f.matcher_mb_s_1000 = round(benchMatcher(1000, SEED).mbPerS);
  f.matcher_mb_s_1000_20k = round(benchMatcher(20_000, SEED).mbPerS);
  const real = realEntities();
  const big = generateEntities(20_000, SEED);
  const ext = copyBuiltExtension(!process.argv.includes('--no-build'));
  const ext20k = withMatcherData(ext, compileMatcher(big));
  f.content_gzip_kb = round(gzipKb(ext));
  f.content_gzip_kb_20k = round(gzipKb(ext20k));
  const pagesDir = mkdtempSync(join(tmpdir(), 'backstory-bench-pages-'));
  writePages(pagesDir, real, big);
  const server = await serveFolder(pagesDir);
  try {
    await withExtension(ext, async (b) => {
      if (part('annotate')) await annotate(b, f, `${server.url}/page-1mb.html`);
      if (part('hover')) {
        log('hover cards');
        f.hover_card_p95_ms = round(
          p95(await runHoverWarm(b.context, `${server.url}/hover.html`, real.length, 2)),
        );
        f.hover_card_cold_ms = round(await runHoverCold(b.context, `${server.url}/hover.html`));
      }
      if (part('changing')) await changing(b, f, server.url);
      if (part('worker')) await worker(b, f, real, big);
      if (part('import'))
        f.import_10k_ms = round(await runImport(b.context, new URL(b.worker!.url()).host, 10_000));
    });
    if (part('20k'))
      await withExtension(ext20k, async (b) => {
        log('annotate 1 MB, 20,000 aliases');
        const a = await runAnnotate(b.context, `${server.url}/page-1mb-20k.html`);
        Object.assign(f, {
          annotate_1mb_ms_20k: round(a.annotateMs),
          floor_1mb_ms_20k: round(a.floorMs),
          max_task_ms_20k: round(a.maxTaskMs),
          first_highlight_ms_20k: round(a.firstHighlightMs),
        });
      });
    if (part('markjs')) await markjs(f, `${server.url}/page-1mb.html`, real);
  } finally {
    await server.close();
    for (const d of [pagesDir, ext, ext20k]) rmSync(d, { recursive: true, force: true });
  }
  printReport(f);
}
type Bench = Awaited<ReturnType<typeof launchBench>>;
const log = (s: string) => console.error(`bench: ${s}`);

async function annotate(b: Bench, f: Figures, url: string): Promise<void> {
  log('annotate 1 MB');
  const a = await runAnnotate(b.context, url);
  const coldMs = await coldFloor(url);
  Object.assign(f, {
    annotate_1mb_ms: round(a.annotateMs),
    floor_1mb_ms: round(a.floorMs),
    floor_1mb_isolated_ms: round(a.floorIsolatedMs),
    floor_1mb_cold_ms: round(coldMs),
    max_task_ms: round(a.maxTaskMs),
    first_highlight_ms: round(a.firstHighlightMs),
    long_task_during_scan_ms: round(a.longTaskDuringScanMs),
    page_text_nodes: a.nodes,
    page_chars: a.chars,
    highlights_1mb: a.highlights,
    duplicate_highlights: a.duplicateHighlights,
  });
}

async function changing(b: Bench, f: Figures, base: string): Promise<void> {
  log('changing pages');
  const app = await runAppending(b.context, `${base}/appending.html`);
  const inf = await runInfiniteScroll(b.context, `${base}/infinite.html`);
  const spa = await runSpa(b.context, `${base}/spa.html`, 5);
  Object.assign(f, {
    appending_1000_total_ms: round(app.rescanMs),
    appending_batches: app.batches,
    appending_max_task_ms: round(app.maxTaskMs),
    appending_duplicates: app.duplicateHighlights,
    infinite_scroll_total_ms: round(inf.rescanMs),
    infinite_scroll_batches: inf.batches,
    infinite_scroll_max_task_ms: round(inf.maxTaskMs),
    infinite_scroll_duplicates: inf.duplicateHighlights,
    spa_total_ms: round(spa.rescanMs),
    spa_views_highlighted: spa.viewsHighlighted,
  });
}

async function worker(b: Bench, f: Figures, real: Entity[], big: Entity[]): Promise<void> {
  log('install and search, 10,000 articles');
  const w = await runWorker(b.worker!, real, 10_000, SEED);
  f.search_p95_ms_10k = round(p95(w.keystrokeMs));
  f.install_10k_ms = round(w.installMs);
  f.search_index_build_ms_10k = round(w.indexMs);
  const w20 = await runWorker(b.worker!, big, 10_000, SEED);
  f.search_p95_ms_10k_20k = round(p95(w20.keystrokeMs));
  f.install_10k_ms_20k = round(w20.installMs);
}

/** The floor pass as the content script meets the page: once, cold, in a fresh isolated world. */
async function coldFloor(url: string): Promise<number> {
  log('floor pass, cold');
  const plain = await launchBench(null);
  try {
    return await runColdFloor(plain.context, url);
  } finally {
    await plain.close();
  }
}

async function markjs(f: Figures, url: string, real: Entity[]): Promise<void> {
  log('mark.js');
  const plain = await launchBench(null);
  try {
    const names = real.flatMap((e) => e.aliases);
    f.markjs_1mb_ms = round((await runMarkJs(plain.context, url, names, MARKJS_TIMEOUT_MS)).ms);
    // One DOM pass per keyword: with 20,000 names that is hours, so it is not run.
    f.markjs_1mb_ms_20k = null;
  } finally {
    await plain.close();
  }
}

async function withExtension(
  dir: string,
  run: (b: Awaited<ReturnType<typeof launchBench>>) => Promise<void>,
) {
  const b = await launchBench(dir);
  try {
    await run(b);
  } finally {
    await b.close();
  }
}

await main();
