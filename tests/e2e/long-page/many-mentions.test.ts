import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAINT_LIMIT } from '../../../lib/page/paint-window';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import { readCardText } from '../support/card-root';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { centreOfText, readHighlights } from '../support/page-probes';

const PARAGRAPHS = 2000;
/** Two mentions a paragraph: far more than the highlights registered at once. */
const MENTIONS = 2 * PARAGRAPHS;

let session: ChromiumSession;
let site: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-many-'));
  const paras = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p id="p${i}">Paragraph ${i}: Donald Trump spoke with Tô Lâm about trade.</p>`,
  );
  // The bench's meta: the content script then answers how many mentions it holds (bench-timing.ts).
  writeFileSync(
    join(dir, 'many.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="backstory-bench"><title>Many</title></head><body>${paras.join('\n')}</body></html>`,
  );
  site = await serveFolder(dir);
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** In the page: how many mentions the content script holds, asked the way the bench asks. */
function mentionCount(): number {
  document.dispatchEvent(new CustomEvent('backstory-bench-count'));
  const marks = performance
    .getEntriesByType('mark')
    .filter((e) => e.name.startsWith('backstory:count:'));
  return Number(marks.at(-1)?.name.split(':')[2] ?? 0);
}

const paragraphsHighlighted = async (page: Page): Promise<number[]> =>
  [...new Set((await page.evaluate(readHighlights)).map((h) => Number(h.container.slice(1))))].sort(
    (a, b) => a - b,
  );

describe('a page with thousands of mentions in Chromium', () => {
  it('finds them all but registers only those near the view, following the scroll', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/many.html`);
    await expect.poll(() => page.evaluate(mentionCount), { timeout: 15_000 }).toBe(MENTIONS);
    // Near the top only: the first paragraph, never the last, and no more than the limit.
    await expect.poll(() => paragraphsHighlighted(page), { timeout: 5000 }).toContain(0);
    let shown = await paragraphsHighlighted(page);
    expect(shown).not.toContain(PARAGRAPHS - 1);
    expect((await page.evaluate(readHighlights)).length).toBeLessThanOrEqual(PAINT_LIMIT);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect
      .poll(() => paragraphsHighlighted(page), { timeout: 5000 })
      .toContain(PARAGRAPHS - 1);
    shown = await paragraphsHighlighted(page);
    expect(shown).not.toContain(0);
    expect((await page.evaluate(readHighlights)).length).toBeLessThanOrEqual(PAINT_LIMIT);

    // A mention that came into view by scrolling opens its card.
    const point = await page.evaluate(centreOfText, [`p${PARAGRAPHS - 3}`, 'Tô Lâm'] as [
      string,
      string,
    ]);
    if (!point) throw new Error('no Tô Lâm near the bottom');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => readCardText(page), { timeout: 10_000 }).toContain('Tô Lâm');
    expect(session.outsideRequests).toEqual([]);
    await page.close();
  });
});
