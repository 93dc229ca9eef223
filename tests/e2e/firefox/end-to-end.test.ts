import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesMentioning, readBuiltBundle } from '../support/bundle';
import {
  launchFirefox,
  openExtensionPage,
  pollPage,
  type FirefoxSession,
} from '../support/firefox';
import { waitInCard } from '../support/card-root';
import { centreOfText, readHighlights, hasPaintedHighlight } from '../support/page-probes';

const bundle = readBuiltBundle();
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
});

async function openDemo(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${session.demo.url}/news.html`);
  await pollPage(page, hasPaintedHighlight);
  return page;
}

describe('Backstory in Firefox', () => {
  it('highlights the demo page’s names and skips traps and form fields', async () => {
    const page = await openDemo();
    const found = await page.evaluate(readHighlights);
    expect(found.map((h) => h.text)).toEqual(
      expect.arrayContaining(['Lương Cường', 'Donald Trump', 'Lee Jae Myung', 'LƯƠNG CƯỜNG']),
    );
    expect(found.filter((h) => h.container === 'p-traps').map((h) => h.text)).toEqual([
      'APEC 2027',
    ]);
    expect(found.filter((h) => ['comment', 'editor', 'code'].includes(h.container))).toEqual([]);
    await page.close();
  });

  it('opens a card listing the seed articles about a hovered name, newest first', async () => {
    const page = await openDemo();
    const point = await page.evaluate(centreOfText, ['p-lead', 'Lương Cường'] as [string, string]);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const rows = await waitInCard(page, (root) => {
      const texts = [...root.querySelectorAll('.bs-row')].map((r) => (r as HTMLElement).innerText);
      return texts.length > 0 ? texts : null;
    });
    const newest = articlesMentioning(bundle, 'luong-cuong')
      .map((id) => bundle.articles.find((a) => a.id === id)!)
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0]!;
    expect(rows[0]).toContain(newest.title.slice(0, 30));
    await page.close();
  });

  it('finds English and Vietnamese articles from the popup with an unaccented query', async () => {
    const popup = await openExtensionPage(session.browser, 'popup.html');
    await pollPage(popup, () => document.querySelector('.bs-search-input') !== null);
    await popup.type('.bs-search-input', 'luong cuong');
    const titles = await pollPage(popup, () => {
      const hits = [...document.querySelectorAll('.bs-result')].map(
        (r) => (r as HTMLElement).innerText,
      );
      return hits.length >= 3 ? hits.join('\n') : null;
    });
    for (const id of articlesMentioning(bundle, 'luong-cuong')) {
      expect(titles).toContain(bundle.articles.find((a) => a.id === id)!.title.slice(0, 30));
    }
    await popup.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});

/**
 * Runs in an extension page: one request from the page itself, one from the
 * background page (its own `fetch`) and one from a content script injected
 * into the demo tab. Resolves with where the last two ran.
 */
async function makeRequestsFromEachContext(demoUrl: string) {
  type Ext = {
    runtime: { getBackgroundPage(): Promise<Window> };
    tabs: {
      query(q: object): Promise<Array<{ id?: number; url?: string }>>;
      executeScript(id: number, d: { code: string }): Promise<unknown[]>;
    };
  };
  const ext = (globalThis as unknown as { browser: Ext }).browser;
  await fetch('http://extension-page.example.invalid/').catch(() => null);
  const background = await ext.runtime.getBackgroundPage();
  await background.fetch('http://background.example.invalid/').catch(() => null);
  const tab = (await ext.tabs.query({})).find((t) => t.url?.startsWith(demoUrl));
  const [where] = await ext.tabs.executeScript(tab!.id!, {
    code: `fetch('https://content-script.example.invalid/').catch(() => null).then(() => location.pathname.split('/').pop())`,
  });
  return { background: background.location.pathname.split('/').pop(), contentScript: where };
}

describe('the Firefox no-network check', () => {
  it('records a request from an extension page, the background page and a content script', async () => {
    const page = await openDemo();
    const popup = await openExtensionPage(session.browser, 'popup.html');
    await pollPage(popup, () => document.querySelector('.bs-search-input') !== null);
    const contexts = await popup.evaluate(makeRequestsFromEachContext, session.demo.url);
    expect(contexts).toEqual({
      background: '_generated_background_page.html',
      contentScript: 'news.html',
    });
    expect(session.outsideRequests).toEqual(
      expect.arrayContaining([
        'http://extension-page.example.invalid/',
        'http://background.example.invalid/',
        'https://content-script.example.invalid:443',
      ]),
    );
    await popup.close();
    await page.close();
  });
});
