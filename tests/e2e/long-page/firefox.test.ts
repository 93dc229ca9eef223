import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { readCardText } from '../support/card-root';
import { launchFirefox, pollPage, type FirefoxSession } from '../support/firefox';
import { centreOfText, readHighlights } from '../support/page-probes';
import { EXPECTED_HIGHLIGHTS, highlightCount, serveLongPage } from './long-page';

let session: FirefoxSession;
let site: StaticServer;

beforeAll(async () => {
  site = await serveLongPage();
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('a long page in Firefox', () => {
  it('is highlighted top to bottom through the background page, and its lower mentions open cards', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${site.url}/long.html`);
    await pollPage(page, highlightCount);
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
