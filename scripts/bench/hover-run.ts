/**
 * Hover cards in Chromium with the extension: for each entity's mention on
 * the hover page, move the pointer onto it and time `backstory:card-open`
 * (the hover delay has just expired) to `backstory:card-ready` (the card has
 * rendered its articles). Warm: the background is awake. Cold: its service
 * worker is stopped first (as Chromium does after 30 s idle).
 */
import type { BrowserContext, Page } from 'playwright-core';

async function hoverOnce(page: Page, index: number): Promise<number | null> {
  const box = await page.locator(`#e${index} .t`).boundingBox();
  if (!box) return null;
  await page.mouse.move(5, 5);
  await page.evaluate(() => {
    performance.clearMarks('backstory:card-open');
    performance.clearMarks('backstory:card-ready');
  });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  try {
    await page.waitForFunction(
      () => performance.getEntriesByName('backstory:card-ready').length > 0,
      null,
      {
        timeout: 15_000,
      },
    );
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const open = performance.getEntriesByName('backstory:card-open')[0]?.startTime ?? 0;
    return (performance.getEntriesByName('backstory:card-ready')[0]?.startTime ?? 0) - open;
  });
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-done').length > 0);
  return page;
}

/** Card times for every entity on the page, `rounds` times (a fresh page each round: no cached answers). */
export async function runHoverWarm(
  context: BrowserContext,
  url: string,
  entities: number,
  rounds: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page = await openPage(context, url);
    for (let i = 0; i < entities; i++) {
      const ms = await hoverOnce(page, i);
      if (ms !== null) out.push(ms);
    }
    await page.close();
  }
  return out;
}

/** One card with the service worker stopped first; null when the worker could not be stopped. */
export async function runHoverCold(context: BrowserContext, url: string): Promise<number | null> {
  const page = await openPage(context, url);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } catch {
    await page.close();
    return null;
  }
  await page.waitForTimeout(500);
  const ms = await hoverOnce(page, 0);
  await page.close();
  return ms;
}

/** The 95th percentile (nearest rank). */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}
