import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/chromium';
import { launchFirefox, pollPage, type FirefoxSession } from '../support/firefox';
import { readHighlights } from '../support/page-probes';
import { eventually } from './support';

let session: FirefoxSession;
let page: Page;
const pageErrors: string[] = [];
const PREACT = readFileSync(join(ROOT, 'node_modules/preact/dist/preact.mjs'), 'utf8');

const texts = () =>
  page.evaluate(() => [...document.querySelectorAll('#list li')].map((li) => li.textContent));
const highlighted = async (id: string) =>
  (await page.evaluate(readHighlights))
    .filter((h) => h.container === id && h.name !== 'backstory-active')
    .map((h) => h.text);

beforeAll(async () => {
  session = await launchFirefox();
  page = await session.browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
  // Preact is served from node_modules under the address the page imports it from.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().endsWith('/vendor/preact.mjs'))
      void request.respond({ status: 200, contentType: 'text/javascript', body: PREACT });
    else void request.continue();
  });
  await page.goto(`${session.pages.url}/reliability/preact-app.html`);
});

afterAll(async () => {
  await session?.close();
});

describe('a page rendered and updated by Preact, with Backstory on (Firefox)', () => {
  it('is highlighted before hydration and hydrates without errors', async () => {
    await eventually(async () => (await highlighted('item-1')).includes('Lương Cường'));
    expect(await page.evaluate(() => (window as unknown as { hydrated?: boolean }).hydrated)).toBe(
      undefined,
    );
    await pollPage(page, () => (window as unknown as { hydrated?: boolean }).hydrated);
    expect(pageErrors).toEqual([]);
  });

  it('applies state changes: adding, reversing and editing items re-render the list', async () => {
    await page.click('#add');
    await page.click('#add');
    await eventually(async () => (await texts()).length === 5);
    expect(await page.evaluate(() => document.getElementById('count')?.textContent)).toBe(
      '5 stories',
    );
    await page.click('#reverse');
    await page.click('#edit');
    await eventually(async () => (await texts())[0]?.endsWith('Updated.'));
    expect(await texts()).toEqual([
      'Jamieson Greer arrived in Hà Nội (story 5). Updated.',
      'Tô Lâm arrived in Hà Nội (story 4).',
      'Nguyễn Hồng Diên signed the deal.',
      'Lee Jae Myung spoke at APEC.',
      'President Lương Cường met Donald Trump.',
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('highlights the text Preact added and follows the items it moved and edited', async () => {
    await eventually(async () => (await highlighted('item-4')).includes('Tô Lâm'));
    await eventually(async () => (await highlighted('item-5')).includes('Jamieson Greer'));
    expect(await highlighted('item-1')).toEqual(expect.arrayContaining(['Lương Cường']));
    // The page's own DOM holds only what Preact put there: no wrapper elements.
    expect(await page.evaluate(() => document.querySelectorAll('#list li *').length)).toBe(0);
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
