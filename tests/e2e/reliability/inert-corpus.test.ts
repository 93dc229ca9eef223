import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { centreOfText, hasPaintedHighlight } from '../support/page-probes';
import { evaluateInCard } from '../support/card-root';
import {
  bidiOfOverrides,
  findLiveMarkup,
  FORBIDDEN,
  HOSTILE,
  IMG,
  LINK,
  SCRIPT,
} from './hostile-article';
import { callFrom, eventually, extensionPage, scanCard } from './support';

let session: ChromiumSession;
let dialogs = 0;

beforeAll(async () => {
  session = await launchChromium();
  session.context.on('page', (p) => p.on('dialog', (d) => void (dialogs++, d.dismiss())));
  const ext = await extensionPage(session);
  await callFrom(ext, 'importBegin', { importId: 'inert', total: 1, source: 'hostile.json' });
  await callFrom(ext, 'importChunk', { importId: 'inert', items: [HOSTILE] });
  await eventually(async () => {
    const r = (await callFrom(ext, 'importCommit', { importId: 'inert' })) as {
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

async function expectInert(page: Page, root: string): Promise<void> {
  const found = await page.evaluate(findLiveMarkup, [root, FORBIDDEN] as [string, string[]]);
  expect(found).toEqual({ bad: 0, js: 0, ran: 0 });
}

/** `unicode-bidi` of each element under `root` whose own text holds the override: all must isolate it. */
async function expectIsolated(page: Page, root: string): Promise<void> {
  const values = await page.evaluate(bidiOfOverrides, root);
  expect(values.length).toBeGreaterThan(0);
  for (const v of values) expect(['isolate', 'plaintext']).toContain(v);
}

describe('corpus text is inert in every surface', () => {
  it('shows markup, script and bidi controls as plain, isolated text in the card', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.demo.url}/news.html`);
    // A hover that lands before the names are painted finds nothing to open.
    await page.waitForFunction(hasPaintedHighlight);
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
    expect(card.bidi.length).toBeGreaterThan(0);
    for (const b of card.bidi) expect(['isolate', 'plaintext', 'isolate-override']).toContain(b);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    await page.close();
  });

  it('shows it as plain text in the popup search results', async () => {
    const popup = await extensionPage(session);
    await popup.locator('.bs-search-input').fill('onerror');
    const result = popup.locator('.bs-result', { hasText: 'onerror' }).first();
    await eventually(async () => (await result.count()) > 0);
    expect(await result.innerText()).toContain('<img src=x');
    await expectInert(popup, '.bs-popup');
    await expectIsolated(popup, '.bs-popup');
    await popup.close();
  });

  it('shows it as plain text in the reader', async () => {
    const ext = await extensionPage(session);
    const list = (await callFrom(ext, 'readerArticles', {})) as {
      value: { articles: Array<{ id: string; title: string }> };
    };
    const id = list.value.articles.find((a) => a.title.includes('onerror'))?.id;
    expect(id).toBeTruthy();
    await ext.goto(
      `chrome-extension://${session.extensionId}/reader.html?id=${encodeURIComponent(id!)}`,
    );
    await eventually(async () =>
      (
        await ext
          .locator('h1')
          .innerText()
          .catch(() => '')
      ).includes('onerror'),
    );
    const body = await ext.locator('.bs-reader').innerText();
    expect(body).toContain(IMG);
    expect(body).toContain(LINK);
    await expectInert(ext, '.bs-reader');
    await expectIsolated(ext, '.bs-reader');
    await ext.close();
  });

  it('ran no script from the text and made no network request', () => {
    expect(dialogs).toBe(0);
    expect(session.outsideRequests).toEqual([]);
  });
});
