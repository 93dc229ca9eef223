import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltBundle } from '../support/bundle';
import { launchFirefox, pollPage, type FirefoxSession } from '../support/firefox';
import { pageSeesCardHost, waitInCard } from '../support/card-root';
import { centreOfText, hasPaintedHighlight } from '../support/page-probes';

let session: FirefoxSession;
const articleId = readBuiltBundle().articles[0]!.id;
/** Ids a page could try: the gecko id (Firefox's runtime.id, so the one in WXT's event name) and the internal uuid. */
const GUESSES = ['backstory@backstory.invalid', '5b1c4a52-8d0e-4c35-9c64-3f6f1e2a7b90'];

beforeAll(async () => {
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${session.pages.url}/reliability/${path}`);
  await pollPage(page, hasPaintedHighlight);
  return page;
}

/** Hover the lead's name and wait for the card's article rows; resolves with the card's width. */
async function openCard(page: Page): Promise<number> {
  const point = await page.evaluate(centreOfText, ['p-lead', 'Lương Cường'] as [string, string]);
  if (!point) throw new Error('name not found');
  await page.mouse.move(point.x - 1, point.y);
  await page.mouse.move(point.x, point.y);
  return waitInCard(page, (root) => {
    const card = root.querySelector('.bs-card');
    return card?.querySelector('.bs-row') ? Math.round(card.getBoundingClientRect().width) : 0;
  });
}

describe('a page cannot get into Backstory (Firefox)', () => {
  it('forged calls and start-up events neither open a tab nor switch Backstory off', async () => {
    const page = await openPage('forge.html');
    const before = (await session.browser.pages()).length;
    for (const id of GUESSES)
      await page.evaluate(
        ([i, a]) => (window as unknown as { forge(x: string, y: string): string }).forge(i!, a!),
        [id, articleId],
      );
    await new Promise((r) => setTimeout(r, 1500));
    expect((await session.browser.pages()).length).toBe(before);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((m) => m.includes('wxt'))).toEqual([]);
    expect(await openCard(page)).toBeGreaterThan(200);
    // The root is closed: the page's own world sees the host but gets null for its shadow root.
    expect(await page.evaluate(pageSeesCardHost)).toEqual({ host: true, shadowRoot: 'null' });
    await page.close();
  });

  it('keeps the card shown and sized on a page whose CSS goes after it', async () => {
    const clean = await openPage('forge.html');
    const width = await openCard(clean);
    await clean.close();
    const page = await openPage('hostile-css.html');
    expect(await openCard(page)).toBe(width);
    await page.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
