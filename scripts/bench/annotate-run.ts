/**
 * The 1 MB page in Chromium with the extension: the content script's own
 * main-thread time (sum of its `backstory:task` slices), its longest task,
 * the first highlight, and the floor pass over the same page.
 */
import type { BrowserContext } from 'playwright-core';
import {
  floorPass,
  observeLongTasks,
  pageSize,
  readTimings,
  type PageTimings,
} from './page-probes';

export interface AnnotateFigures {
  annotateMs: number;
  floorMs: number;
  maxTaskMs: number;
  /** The longest long task (any cause) while the content script was scanning. */
  longTaskDuringScanMs: number;
  firstHighlightMs: number | null;
  slices: number;
  highlights: number;
  duplicateHighlights: number;
  nodes: number;
  chars: number;
}

function overlapping(t: PageTimings): number {
  const first = t.tasks[0];
  const end = t.scanDone ?? Infinity;
  if (!first) return 0;
  return t.longTasks
    .filter(([s, d]) => s + d >= first[0] && s <= end)
    .reduce((m, [, d]) => Math.max(m, d), 0);
}

export async function runAnnotate(context: BrowserContext, url: string): Promise<AnnotateFigures> {
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('backstory:scan-done').length > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  const t = await page.evaluate(readTimings);
  const floorMs = await page.evaluate(floorPass, 5);
  const size = await page.evaluate(pageSize);
  await page.close();
  return {
    annotateMs: t.tasks.reduce((s, [, d]) => s + d, 0),
    floorMs,
    maxTaskMs: t.tasks.reduce((m, [, d]) => Math.max(m, d), 0),
    longTaskDuringScanMs: overlapping(t),
    firstHighlightMs: t.firstHighlight === null ? null : t.firstHighlight - t.domContentLoaded,
    slices: t.tasks.length,
    highlights: t.highlights,
    duplicateHighlights: t.duplicateHighlights,
    ...size,
  };
}
