/**
 * The saved real news pages (`../shared/realpages/`, served from 127.0.0.1,
 * every other request stopped), each loaded in headless Chromium with the
 * built extension: the content script's whole main-thread time on the page
 * (content-trace.ts) and its longest slice, against the floor: a bare read of
 * the same page, loaded without the extension, in a fresh isolated world
 * (every text node visited, every character read, once, as a content script
 * meets the page). Each figure is the median of `reps` loads.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { isolatedFloor } from './annotate-run';
import { traceContent } from './content-trace';

/** Where the real pages are (the bench skips this part when the folder is absent). */
export const REAL_PAGES = new URL('../../../shared/realpages/', import.meta.url).pathname;

/** How long after `load` a page is followed: the content script is done in far less. */
const SETTLE_MS = 1000;

export interface RealPageRow {
  name: string;
  chars: number;
  mentions: number;
  ms: number;
  longestMs: number;
  floorMs: number;
}

/** The real pages' file names, or null when the folder is absent. */
export function realPageNames(): string[] | null {
  if (!existsSync(REAL_PAGES)) return null;
  return readdirSync(REAL_PAGES)
    .filter((n) => n.endsWith('.html'))
    .sort();
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
};

/** Highlight ranges on the page (Backstory's, not the one under the pointer) and its text's length. */
function pageCounts(): { mentions: number; chars: number } {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let mentions = 0;
  for (const [name, h] of registry ?? [])
    if (name.startsWith('backstory-') && name !== 'backstory-active') mentions += h.size;
  return { mentions, chars: document.body?.textContent?.length ?? 0 };
}

/** The floor of each page: the median of `reps` fresh loads without the extension. */
export async function realPageFloors(
  plain: BrowserContext,
  base: string,
  names: readonly string[],
  reps: number,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const name of names) {
    const times: number[] = [];
    for (let r = 0; r < reps; r++) {
      const page = await plain.newPage();
      await page.goto(`${base}/${name}`, { waitUntil: 'load' }).catch(() => undefined);
      await page.waitForTimeout(SETTLE_MS);
      times.push(await isolatedFloor(plain, page));
      await page.close();
    }
    out.set(name, median(times));
  }
  return out;
}

/** Each page with the extension: its content script's time, longest slice and mentions. */
export async function runRealPages(
  context: BrowserContext,
  base: string,
  floors: ReadonlyMap<string, number>,
  reps: number,
): Promise<RealPageRow[]> {
  const rows: RealPageRow[] = [];
  for (const [name, floorMs] of floors) {
    const runs: Array<{ ms: number; longestMs: number; mentions: number; chars: number }> = [];
    for (let r = 0; r < reps; r++) {
      const page = await context.newPage();
      const time = await traceContent(context, page, async () => {
        await page.goto(`${base}/${name}`, { waitUntil: 'load' }).catch(() => undefined);
        await page.waitForTimeout(SETTLE_MS);
      });
      runs.push({
        ms: time.totalMs,
        longestMs: time.longestMs,
        ...(await page.evaluate(pageCounts)),
      });
      await page.close();
    }
    const byMs = [...runs].sort((a, b) => a.ms - b.ms)[runs.length >> 1] as (typeof runs)[number];
    rows.push({ name, floorMs, ...byMs, longestMs: median(runs.map((x) => x.longestMs)) });
  }
  return rows;
}

/** The nearest-rank percentile `q` (0–1) of `values`. */
export function percentile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(s.length * q) - 1)] ?? NaN;
}

/** The bench keys of one run over the real pages (`suffix`: `''` or `'_20k'`). */
export function realPageFigures(
  rows: readonly RealPageRow[],
  suffix: string,
): Record<string, number> {
  const ms = rows.map((r) => r.ms);
  const ratios = rows.map((r) => r.ms / Math.max(r.floorMs, 0.01));
  const idle = rows.filter((r) => r.mentions === 0).map((r) => r.ms - r.floorMs);
  const f: Record<string, number> = {
    [`realpage_ms_p50${suffix}`]: percentile(ms, 0.5),
    [`realpage_ms_p95${suffix}`]: percentile(ms, 0.95),
    [`realpage_ms_max${suffix}`]: Math.max(...ms),
    [`realpage_ratio_p50${suffix}`]: percentile(ratios, 0.5),
    [`realpage_ratio_p95${suffix}`]: percentile(ratios, 0.95),
    [`realpage_overhead_ms_p95${suffix}`]: percentile(idle, 0.95),
  };
  if (suffix === '') {
    f.realpage_floor_ms_p50 = percentile(
      rows.map((r) => r.floorMs),
      0.5,
    );
    f.realpage_floor_ms_p95 = percentile(
      rows.map((r) => r.floorMs),
      0.95,
    );
  }
  return f;
}

/** The per-page table, worst ratio first. */
export function printRealPages(
  rows: readonly RealPageRow[],
  rows20k: readonly RealPageRow[],
): void {
  const by20k = new Map(rows20k.map((r) => [r.name, r]));
  const ratio = (r: RealPageRow) => r.ms / Math.max(r.floorMs, 0.01);
  const head = ['page', 'chars', 'mentions', 'ms', 'longest', 'floor', 'ratio', 'ms 20k'];
  const lines = [...rows]
    .sort((a, b) => ratio(b) - ratio(a))
    .map((r) => [
      r.name,
      String(r.chars),
      String(r.mentions),
      r.ms.toFixed(2),
      r.longestMs.toFixed(2),
      r.floorMs.toFixed(2),
      ratio(r).toFixed(2),
      by20k.get(r.name)?.ms.toFixed(2) ?? '',
    ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (l: string[]) =>
    l.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(fmt(head));
  for (const l of lines) console.log(fmt(l));
}
