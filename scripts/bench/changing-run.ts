/**
 * Pages that change after load, in Chromium with the extension: the content
 * script's whole main-thread time after its first pass (what following the
 * changes costs, from a trace: content-trace.ts), its longest slice, how many
 * highlights result and whether any text was highlighted twice.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { traceContent, type ContentTime } from './content-trace';
import { readTimings } from './page-probes';

export interface ChangingFigures {
  rescanMs: number;
  batches: number;
  maxTaskMs: number;
  highlights: number;
  duplicateHighlights: number;
}

async function afterFirstPass(page: Page, traced: ContentTime): Promise<ChangingFigures> {
  const t = await page.evaluate(readTimings);
  const later = t.tasks.filter(([s]) => s > (t.scanDone ?? 0));
  return {
    rescanMs: traced.totalMs,
    batches: later.length,
    maxTaskMs: traced.longestMs,
    highlights: t.highlights,
    duplicateHighlights: t.duplicateHighlights,
  };
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-done').length > 0);
  return page;
}

/** The page that appends paragraphs over time: wait until it is done, then a little more. */
export async function runAppending(context: BrowserContext, url: string): Promise<ChangingFigures> {
  const page = await open(context, url);
  const traced = await traceContent(context, page, async () => {
    await page.waitForFunction(
      () => (window as unknown as { benchDone?: boolean }).benchDone,
      null,
      {
        timeout: 60_000,
      },
    );
    await page.waitForTimeout(300);
  });
  const out = await afterFirstPass(page, traced);
  await page.close();
  return out;
}

/** The infinite-scroll page: load every batch, scrolling to the end each time. */
export async function runInfiniteScroll(
  context: BrowserContext,
  url: string,
): Promise<ChangingFigures> {
  const page = await open(context, url);
  const traced = await traceContent(context, page, async () => {
    for (;;) {
      const more = await page.evaluate(() =>
        (window as unknown as { loadMore(): boolean }).loadMore(),
      );
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(100);
      if (!more) break;
    }
    await page.waitForTimeout(300);
  });
  const out = await afterFirstPass(page, traced);
  await page.close();
  return out;
}

/** The single-page app: navigate through its views; each new view must be highlighted. */
export async function runSpa(
  context: BrowserContext,
  url: string,
  views: number,
): Promise<ChangingFigures & { viewsHighlighted: number }> {
  const page = await open(context, url);
  let viewsHighlighted = 0;
  const traced = await traceContent(context, page, async () => {
    for (let k = 1; k < views; k++) {
      await page.evaluate(
        (v) => (window as unknown as { navigate(k: number): void }).navigate(v),
        k,
      );
      await page.waitForTimeout(200);
      const live = await page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const main = document.getElementById('m');
        let n = 0;
        for (const [name, ranges] of registry)
          if (name.startsWith('backstory-'))
            for (const r of ranges) if (main?.contains(r.startContainer)) n++;
        return n;
      });
      if (live > 0) viewsHighlighted++;
    }
  });
  const out = await afterFirstPass(page, traced);
  await page.close();
  return { ...out, viewsHighlighted };
}
