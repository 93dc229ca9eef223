import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInCard } from '../support/card-root';
import {
  callBackground,
  launchFirefox,
  openExtensionPage,
  pollPage,
  type FirefoxSession,
} from '../support/firefox';
import { centreOfText } from '../support/page-probes';
import {
  bidiOfOverrides,
  bidiOfOverridesInCard,
  findLiveMarkup,
  FORBIDDEN,
  HOSTILE,
  IMG,
  LINK,
  SCRIPT,
} from './hostile-article';
import { eventually, scanCard } from './support';

let session: FirefoxSession;
let dialogs = 0;

/** A page whose dialogs (an `alert` the text could have run) are counted and dismissed. */
function watched(page: Page): Page {
  page.on('dialog', (d) => void (dialogs++, d.dismiss()));
  return page;
}

beforeAll(async () => {
  session = await launchFirefox();
  const ext = watched(await openExtensionPage(session.browser, 'popup.html'));
  await callBackground(ext, 'importBegin', { importId: 'inert', total: 1, source: 'hostile.json' });
  await callBackground(ext, 'importChunk', { importId: 'inert', items: [HOSTILE] });
  await eventually(async () => {
    const r = (await callBackground(ext, 'importCommit', { importId: 'inert' })) as {
      ok: boolean;
      value?: { state: string };
    };
    return r.ok && r.value?.state === 'done';
  });
  await ext.close();
});

afterAll(async () => {
  await session?.close();
});

/** Nothing live came from the text under `selector`, and every override in it is isolated. */
async function expectInertAndIsolated(page: Page, selector: string): Promise<void> {
  expect(await page.evaluate(findLiveMarkup, [selector, FORBIDDEN] as [string, string[]])).toEqual({
    bad: 0,
    js: 0,
    ran: 0,
  });
  const bidi = await page.evaluate(bidiOfOverrides, selector);
  expect(bidi.length).toBeGreaterThan(0);
  for (const v of bidi) expect(['isolate', 'plaintext']).toContain(v);
}

describe('corpus text is inert in every surface (Firefox)', () => {
  it('shows markup, script and bidi controls as plain, isolated text in the card', async () => {
    const page = watched(await session.browser.newPage());
    await page.goto(`${session.demo.url}/news.html`);
    const point = await eventually(() =>
      page.evaluate(centreOfText, ['p-lead', 'Lương Cường'] as [string, string]),
    );
    await page.mouse.move(point.x - 1, point.y);
    await page.mouse.move(point.x, point.y);
    const card = await eventually(async () => {
      const scan = await evaluateInCard(page, scanCard);
      return scan?.text.includes('onerror') ? scan : null;
    });
    expect(card.text).toContain(IMG);
    expect(card.text).toContain(SCRIPT);
    expect(card.elements.filter((t) => FORBIDDEN.includes(t))).toEqual([]);
    // Firefox's innerText drops bidi controls, so scanCard's list is empty there: read text nodes.
    const bidi = (await evaluateInCard(page, bidiOfOverridesInCard)) ?? [];
    expect(bidi.length).toBeGreaterThan(0);
    for (const b of bidi) expect(['isolate', 'plaintext', 'isolate-override']).toContain(b);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    await page.close();
  });

  it('shows it as plain text in the popup search results', async () => {
    const popup = watched(await openExtensionPage(session.browser, 'popup.html'));
    await pollPage(popup, () => document.querySelector('.bs-search-input') !== null);
    await popup.type('.bs-search-input', 'onerror');
    const result = await pollPage(popup, () =>
      [...document.querySelectorAll('.bs-result')]
        .map((r) => (r as HTMLElement).innerText)
        .find((t) => t.includes('onerror')),
    );
    expect(result).toContain('<img src=x');
    await expectInertAndIsolated(popup, '.bs-popup');
    await popup.close();
  });

  it('shows it as plain text in the reader', async () => {
    const ext = await openExtensionPage(session.browser, 'popup.html');
    const list = (await callBackground(ext, 'readerArticles', {})) as {
      value: { articles: Array<{ id: string; title: string }> };
    };
    await ext.close();
    const id = list.value.articles.find((a) => a.title.includes('onerror'))?.id;
    expect(id).toBeTruthy();
    const reader = watched(
      await openExtensionPage(session.browser, `reader.html?id=${encodeURIComponent(id!)}`),
    );
    await pollPage(reader, () => document.querySelector('h1')?.textContent?.includes('onerror'));
    const body = await reader.evaluate(
      () => (document.querySelector('.bs-reader') as HTMLElement | null)?.innerText ?? '',
    );
    expect(body).toContain(IMG);
    expect(body).toContain(LINK);
    await expectInertAndIsolated(reader, '.bs-reader');
    await reader.close();
  });

  it('ran no script from the text and made no network request', () => {
    expect(dialogs).toBe(0);
    expect(session.outsideRequests).toEqual([]);
  });
});
