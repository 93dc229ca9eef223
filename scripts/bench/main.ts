/**
 * `npm run bench`: the matcher in Node, then the built extension in headless
 * Chromium on generated pages, the saved real pages and a generated
 * 10,000-article corpus, with the shipped corpus's names and with a generated
 * 20,000-alias gazetteer. Prints the tables and, as its last line, one JSON
 * object. `--no-build` uses the current `.output/chrome-mv3` as it is (still
 * copied under the build lock); `--only=a,b` runs some parts; `--reps=N` loads
 * each real page N times (default 3).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Worker } from 'playwright-core';
import { TABLES_COPY_KEY } from '../../lib/background/tables-copy';
import type { Entity } from '../../lib/shared/corpus/types';
import { serveFolder } from '../lib/static-server';
import { runAnnotate, runColdFloor } from './annotate-run';
import { launchBench, type BenchBrowser } from './browser-session';
import { runAppending, runInfiniteScroll, runSpa } from './changing-run';
import { runDiscover } from './discover-run';
import { builtEntities, copyBuiltExtension, withEntities } from './extension-copy';
import { generateEntities } from './gazetteer-gen';
import { p95, runHoverCold, runHoverWarm } from './hover-run';
import { runImport } from './import-run';
import { runMarkJs } from './markjs-run';
import { pageHeapMb, workerHeapMb } from './memory-run';
import { benchMatcher } from './node-bench';
import { appendingPage, hoverPage, infiniteScrollPage, spaPage, staticPage } from './page-gen';
import {
  REAL_PAGES,
  printRealPages,
  realPageFigures,
  realPageFloors,
  realPageNames,
  runRealPages,
  type RealPageRow,
} from './realpages-run';
import { runRecompile } from './recompile-run';
import { printReport, type Figures } from './report';
import { runWakeFloor } from './wake-floor';
import { runWakes } from './wake-run';
import { runWorker } from './worker-run';

const SEED = 20251029;
const PARTS =
  'discover,matcher,annotate,realpages,hover,changing,wake,memory,worker,import,20k,markjs'.split(
    ',',
  );
const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ONLY = arg('only')?.split(',');
const REPS = Number(arg('reps') ?? 3);
const part = (name: string): boolean => !ONLY || ONLY.includes(name);
const MARKJS_TIMEOUT_MS = 600_000;
const round = (v: number | null | undefined, d = 1): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10 ** d) / 10 ** d;
const log = (s: string) => console.error(`bench: ${s}`);

function writePages(dir: string, real: Entity[], big: Entity[]): void {
  writeFileSync(join(dir, 'page-1mb.html'), staticPage(real, SEED, 1_000_000));
  writeFileSync(join(dir, 'page-1mb-20k.html'), staticPage(big, SEED, 1_000_000));
  writeFileSync(join(dir, 'hover.html'), hoverPage(real));
  writeFileSync(join(dir, 'appending.html'), appendingPage(real, SEED + 1, 1000, 10_000));
  writeFileSync(join(dir, 'infinite.html'), infiniteScrollPage(real, SEED + 2, 20, 50));
  writeFileSync(join(dir, 'spa.html'), spaPage(real, SEED + 3, 5));
  // An article naming a leader no corpus here knows: clipped to time learning it.
  copyFileSync(
    join(import.meta.dirname, '../../tests/pages/corpus-growth/article-new-leader.html'),
    join(dir, 'new-leader.html'),
  );
}

const gzipKb = (ext: string): number =>
  gzipSync(readFileSync(join(ext, 'content-scripts/content.js'))).length / 1024;

/** Everything a run shares: the extension copies, the generated pages and the real pages' server. */
interface Run {
  f: Figures;
  ext: string;
  ext20k: string;
  real: Entity[];
  big: Entity[];
  pages: string;
  realBase: string | null;
  names: string[] | null;
}

async function main(): Promise<void> {
  const unknown = ONLY?.filter((p) => !PARTS.includes(p));
  if (unknown?.length)
    throw new Error(`unknown part(s) ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
  const f: Figures = {};
  if (part('discover')) Object.assign(f, runDiscover());
  if (part('matcher')) {
    log('matcher in Node');
    f.matcher_mb_s_1000 = round(benchMatcher(1000, SEED).mbPerS);
    f.matcher_mb_s_1000_20k = round(benchMatcher(20_000, SEED).mbPerS);
  }
  if (ONLY?.every((p) => p === 'discover' || p === 'matcher')) return printReport(f);
  const ext = copyBuiltExtension(!process.argv.includes('--no-build'));
  const real = builtEntities(ext);
  const big = generateEntities(20_000, SEED);
  const ext20k = withEntities(ext, big, '20k');
  f.content_gzip_kb = round(gzipKb(ext));
  f.content_gzip_kb_20k = round(gzipKb(ext20k));
  const pagesDir = mkdtempSync(join(tmpdir(), 'backstory-bench-pages-'));
  writePages(pagesDir, real, big);
  const names = realPageNames();
  if (!names && part('realpages')) log(`realpages: ${REAL_PAGES} is absent; that part is skipped`);
  const server = await serveFolder(pagesDir);
  const realServer = names ? await serveFolder(REAL_PAGES) : null;
  const run: Run = {
    f,
    ext,
    ext20k,
    real,
    big,
    pages: server.url,
    realBase: realServer?.url ?? null,
    names,
  };
  try {
    await measure(run);
  } finally {
    await server.close();
    await realServer?.close();
    for (const d of [pagesDir, ext, ext20k]) rmSync(d, { recursive: true, force: true });
  }
  printReport(f);
}

async function measure(run: Run): Promise<void> {
  const floors = await withBrowser(null, (b) => plainFigures(b, run));
  let rows: RealPageRow[] = [];
  let rows20k: RealPageRow[] = [];
  await withBrowser(run.ext, async (b) => {
    rows = await extensionFigures(b, run, floors);
  });
  if (part('20k'))
    await withBrowser(run.ext20k, async (b) => {
      rows20k = await figures20k(b, run, floors);
    });
  if (rows.length > 0) printRealPages(rows, rows20k);
  if (part('markjs')) await markjs(run);
}

/** Without the extension: the floors (the 1 MB page's and each real page's), a tab's heap. */
async function plainFigures(b: BenchBrowser, run: Run): Promise<Map<string, number>> {
  const { f } = run;
  if (part('annotate')) {
    log('floor pass, cold');
    f.floor_1mb_cold_ms = round(await runColdFloor(b.context, `${run.pages}/page-1mb.html`));
  }
  if (part('memory')) f.tab_heap_plain_mb = await pageHeapMb(b.context, heapPage(run));
  if (!part('realpages') || !run.names || !run.realBase) return new Map();
  log(`real pages: floors (${run.names.length} pages × ${REPS})`);
  return realPageFloors(b.context, run.realBase, run.names, REPS);
}

/** A real page when there are some (a news page of ordinary size), else the generated hover page. */
function heapPage(run: Run): string {
  return run.realBase && run.names?.includes('cnn.html')
    ? `${run.realBase}/cnn.html`
    : `${run.pages}/hover.html`;
}

/** With the shipped corpus. */
async function extensionFigures(b: BenchBrowser, run: Run, floors: Map<string, number>) {
  const { f } = run;
  if (part('annotate')) await annotate(b, f, `${run.pages}/page-1mb.html`, '');
  let rows: RealPageRow[] = [];
  if (floors.size > 0 && run.realBase) {
    log('real pages with the extension');
    rows = await runRealPages(b.context, run.realBase, floors, REPS);
    Object.assign(f, rounded(realPageFigures(rows, ''), 2));
  }
  if (part('hover')) {
    log('hover cards');
    f.hover_card_p95_ms = round(
      p95(await runHoverWarm(b.context, `${run.pages}/hover.html`, run.real.length, 2)),
    );
    f.hover_card_cold_ms = round(await runHoverCold(b.context, `${run.pages}/hover.html`));
  }
  if (part('changing')) await changing(b, f, run.pages);
  if (part('wake')) {
    log('first highlight with the worker stopped (5 wakes)');
    const woken = await runWakes(b.context, `${run.pages}/hover.html`);
    f.first_highlight_cold_ms = round(woken?.firstHighlightMs);
  }
  if (part('memory') && typeof f.tab_heap_plain_mb === 'number') {
    f.tab_heap_mb = round((await pageHeapMb(b.context, heapPage(run))) - f.tab_heap_plain_mb, 2);
    delete f.tab_heap_plain_mb;
  }
  if (part('worker')) await worker(b, f, run.real, run.big);
  if (part('import'))
    f.import_10k_ms = round(await runImport(b.context, new URL(b.worker!.url()).host, 10_000));
  return rows;
}

/** With the 20,000-alias gazetteer. */
async function figures20k(b: BenchBrowser, run: Run, floors: Map<string, number>) {
  const { f } = run;
  let rows: RealPageRow[] = [];
  if (floors.size > 0 && run.realBase) {
    log('real pages, 20,000 aliases');
    rows = await runRealPages(b.context, run.realBase, floors, REPS);
    Object.assign(f, rounded(realPageFigures(rows, '_20k'), 2));
  }
  await annotate(b, f, `${run.pages}/page-1mb-20k.html`, '_20k');
  log('woken worker, 20,000 aliases (5 wakes)');
  const ready = await runWakes(b.context, `${run.pages}/hover.html`);
  f.tables_load_ms_20k = round(ready?.compiled === false ? ready.readyMs : null);
  f.worker_boot_ms_20k = round(ready?.bootMs);
  f.tables_open_ms_20k = round(ready?.openMs);
  f.tables_read_ms_20k = round(ready?.readMs);
  f.tables_wakes_from_copy_20k = ready?.fromCopy ?? null;
  f.first_highlight_cold_ms_20k = round(ready?.firstHighlightMs);
  f.bg_heap_mb_20k = round(await workerHeapMb(b.context), 2);
  const worker = b.context
    .serviceWorkers()
    .filter((w) => w.url().startsWith('chrome-extension:'))
    .at(-1);
  const chars = worker ? await copyChars(worker) : 0;
  if (chars > 0) {
    log(
      `the floor: a worker of one line reading ${chars} characters from storage.session (5 wakes)`,
    );
    const floor = await runWakeFloor(`${run.pages}/hover.html`, chars).catch(
      (err: unknown) => (log(`the floor failed: ${String(err)}`), null),
    );
    f.tables_copy_chars_20k = chars;
    f.worker_first_line_floor_ms = round(floor?.firstLineMs);
    f.tables_load_floor_ms_20k = round(floor?.valueMs);
  }
  if (worker) {
    log('learning a name from a clipped article, 20,000 aliases');
    const id = new URL(worker.url()).host;
    const learned = await runRecompile(b.context, worker, id, `${run.pages}/new-leader.html`).catch(
      (err: unknown) => (log(`learning failed: ${String(err)}`), null),
    );
    f.recompile_ms_20k = round(learned?.ms);
    const phases = Object.entries(learned?.phases ?? {});
    if (phases.length > 0)
      log(`  learning: ${phases.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')} ms`);
  }
  return rows;
}

/** How many characters the session's copy of the tables holds (both layers' base64). */
async function copyChars(worker: Worker): Promise<number> {
  return worker.evaluate(async (key) => {
    type Copy = Record<string, { base64?: string } | undefined>;
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { session: { get(k: string): Promise<Record<string, Copy>> } } };
    };
    const copy = (await chrome.storage.session.get(key))[key] ?? {};
    return Object.values(copy).reduce((n, layer) => n + (layer?.base64?.length ?? 0), 0);
  }, TABLES_COPY_KEY);
}

function rounded(figures: Record<string, number>, d: number): Figures {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v, d)]));
}

async function annotate(b: BenchBrowser, f: Figures, url: string, suffix: string): Promise<void> {
  log(`annotate 1 MB${suffix}`);
  const a = await runAnnotate(b.context, url);
  Object.assign(f, {
    [`annotate_1mb_ms${suffix}`]: round(a.annotateMs),
    [`annotate_own_slices_ms${suffix}`]: round(a.ownSlicesMs),
    [`floor_1mb_ms${suffix}`]: round(a.floorMs),
    [`max_task_ms${suffix}`]: round(a.maxTaskMs),
    [`first_highlight_ms${suffix}`]: round(a.firstHighlightMs),
    [`first_highlight_page_busy_ms${suffix}`]: round(a.pageBusyMs),
    [`first_highlight_after_page_ms${suffix}`]: round(a.firstHighlightAfterPageMs),
    [`highlights_1mb${suffix}`]: a.highlights,
    [`duplicate_highlights${suffix}`]: a.duplicateHighlights,
  });
  if (suffix === '') Object.assign(f, { page_text_nodes: a.nodes, page_chars: a.chars });
}

async function changing(b: BenchBrowser, f: Figures, base: string): Promise<void> {
  log('changing pages');
  const app = await runAppending(b.context, `${base}/appending.html`);
  const inf = await runInfiniteScroll(b.context, `${base}/infinite.html`);
  const spa = await runSpa(b.context, `${base}/spa.html`, 5);
  Object.assign(f, {
    appending_1000_total_ms: round(app.rescanMs),
    appending_max_task_ms: round(app.maxTaskMs),
    appending_duplicates: app.duplicateHighlights,
    infinite_scroll_total_ms: round(inf.rescanMs),
    infinite_scroll_max_task_ms: round(inf.maxTaskMs),
    infinite_scroll_duplicates: inf.duplicateHighlights,
    spa_total_ms: round(spa.rescanMs),
    spa_views_highlighted: spa.viewsHighlighted,
  });
}

async function worker(b: BenchBrowser, f: Figures, real: Entity[], big: Entity[]): Promise<void> {
  log('install and search, 10,000 articles');
  const w = await runWorker(b.worker!, real, 10_000, SEED);
  f.search_p95_ms_10k = round(p95(w.keystrokeMs));
  f.install_10k_ms = round(w.installMs);
  f.search_index_build_ms_10k = round(w.indexMs);
  const w20 = await runWorker(b.worker!, big, 10_000, SEED);
  f.search_p95_ms_10k_20k = round(p95(w20.keystrokeMs));
  f.install_10k_ms_20k = round(w20.installMs);
}

async function markjs(run: Run): Promise<void> {
  log('mark.js');
  await withBrowser(null, async (plain) => {
    const names = run.real.flatMap((e) => e.aliases);
    const url = `${run.pages}/page-1mb.html`;
    run.f.markjs_1mb_ms = round((await runMarkJs(plain.context, url, names, MARKJS_TIMEOUT_MS)).ms);
  });
}

async function withBrowser<T>(
  dir: string | null,
  body: (b: BenchBrowser) => Promise<T>,
): Promise<T> {
  const b = await launchBench(dir);
  try {
    return await body(b);
  } finally {
    await b.close();
  }
}

await main();
