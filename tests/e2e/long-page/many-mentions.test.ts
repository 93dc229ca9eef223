import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAINT_LIMIT } from '../../../lib/page/paint-window';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { readCardText } from '../support/card-root';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { centreOfText } from '../support/page-probes';
import {
  MENTIONS,
  PARAGRAPHS,
  mentionCount,
  paintedParagraphs,
  serveManyMentions,
} from './many-mentions';

let session: ChromiumSession;
let site: StaticServer;

beforeAll(async () => {
  site = await serveManyMentions();
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('a page with thousands of mentions in Chromium', () => {
  it('finds them all but registers only those near the view, following the scroll', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/many.html`);
    await expect.poll(() => page.evaluate(mentionCount), { timeout: 15_000 }).toBe(MENTIONS);
    // Near the top only: the first paragraph, never the last, and no more than the limit.
    const top = async () => (await page.evaluate(paintedParagraphs)).paragraphs;
    await expect.poll(top, { timeout: 5000 }).toContain(0);
    let painted = await page.evaluate(paintedParagraphs);
    expect(painted.paragraphs).not.toContain(PARAGRAPHS - 1);
    expect(painted.ranges).toBeLessThanOrEqual(PAINT_LIMIT);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(top, { timeout: 5000 }).toContain(PARAGRAPHS - 1);
    painted = await page.evaluate(paintedParagraphs);
    expect(painted.paragraphs).not.toContain(0);
    expect(painted.ranges).toBeLessThanOrEqual(PAINT_LIMIT);

    // A mention that came into view by scrolling opens its card.
    const at = [`p${PARAGRAPHS - 3}`, 'Tô Lâm'] as [string, string];
    const point = await page.evaluate(centreOfText, at);
    if (!point) throw new Error('no Tô Lâm near the bottom');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => readCardText(page), { timeout: 10_000 }).toContain('Tô Lâm');
    expect(session.outsideRequests).toEqual([]);
    await page.close();
  });
});
