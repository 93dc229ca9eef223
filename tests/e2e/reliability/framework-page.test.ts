import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type ChromiumSession } from '../support/chromium';
import { readHighlights } from '../support/page-probes';
import { eventually } from './support';

let session: ChromiumSession;
let page: Page;
const pageErrors: string[] = [];

const texts = () => page.locator('#list li').allInnerTexts();
const highlighted = async (id: string) =>
  (await page.evaluate(readHighlights))
    .filter((h) => h.container === id && h.name !== 'backstory-active')
    .map((h) => h.text);

beforeAll(async () => {
  session = await launchChromium();
  page = await session.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
  await page.route('**/vendor/preact.mjs', (route) =>
    route.fulfill({
      path: join(ROOT, 'node_modules/preact/dist/preact.mjs'),
      contentType: 'text/javascript',
    }),
  );
  await page.goto(`${session.pages.url}/reliability/preact-app.html`);
});

afterAll(async () => {
  await session?.close();
});

describe('a page rendered and updated by Preact, with Backstory on', () => {
  it('is highlighted before hydration and hydrates without errors', async () => {
    await eventually(async () => (await highlighted('item-1')).includes('Lương Cường'));
    expect(await page.evaluate(() => (window as unknown as { hydrated?: boolean }).hydrated)).toBe(
      undefined,
    );
    await page.waitForFunction(() => (window as unknown as { hydrated?: boolean }).hydrated);
    expect(pageErrors).toEqual([]);
  });

  it('applies state changes: adding, reversing and editing items re-render the list', async () => {
    await page.click('#add');
    await page.click('#add');
    await eventually(async () => (await texts()).length === 5);
    expect(await page.locator('#count').innerText()).toBe('5 stories');
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
    expect(await page.locator('#list li *').count()).toBe(0);
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
