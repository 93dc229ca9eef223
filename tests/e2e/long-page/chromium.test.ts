import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { readCardText } from '../support/card-root';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { centreOfText, readHighlights } from '../support/page-probes';
import { EXPECTED_HIGHLIGHTS, highlightCount, longPage, serveLongPage } from './long-page';

let session: ChromiumSession;
let site: StaticServer;

beforeAll(async () => {
  site = await serveLongPage();
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('a long page in Chromium', () => {
  it('is highlighted top to bottom through the background, and its lower mentions open cards', async () => {
    // Over 200,000 characters: read and matched in one job whose text crosses to the background once.
    expect(longPage().length).toBeGreaterThan(200_000);
    const page = await session.context.newPage();
    await page.goto(`${site.url}/long.html`);
    await expect
      .poll(() => page.evaluate(highlightCount), { timeout: 15_000 })
      .toBe(EXPECTED_HIGHLIGHTS.length);
    const found = await page.evaluate(readHighlights);
    expect(found.map((h) => [h.container, h.text])).toEqual(EXPECTED_HIGHLIGHTS);
    const point = await page.evaluate(centreOfText, ['p220', 'Cường'] as [string, string]);
    if (!point) throw new Error('no Cường in #p220');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => readCardText(page), { timeout: 10_000 }).toContain('Lương Cường');
    expect(session.outsideRequests).toEqual([]);
  });
});
