import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAINT_LIMIT } from '../../../lib/page/paint-window';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { readCardText } from '../support/card-root';
import { launchFirefox, type FirefoxSession } from '../support/firefox';
import { centreOfText } from '../support/page-probes';
import {
  MENTIONS,
  PARAGRAPHS,
  mentionCount,
  paintedParagraphs,
  serveManyMentions,
} from './many-mentions';

let session: FirefoxSession;
let site: StaticServer;

beforeAll(async () => {
  site = await serveManyMentions();
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('a page with thousands of mentions in Firefox', () => {
  it('finds them all but registers only those near the view, following the scroll', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${site.url}/many.html`);
    await expect.poll(() => page.evaluate(mentionCount), { timeout: 15_000 }).toBe(MENTIONS);
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

    const at = [`p${PARAGRAPHS - 3}`, 'Tô Lâm'] as [string, string];
    const point = await page.evaluate(centreOfText, at);
    if (!point) throw new Error('no Tô Lâm near the bottom');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => readCardText(page), { timeout: 10_000 }).toContain('Tô Lâm');
    expect(session.outsideRequests).toEqual([]);
    await page.close();
  });
});
