import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesMentioning, readBuiltBundle } from '../support/bundle';
import { centreInCard, evaluateInCard, readCardText, waitInCard } from '../support/card-root';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { centreOfText, hasPaintedHighlight } from '../support/page-probes';

const bundle = readBuiltBundle();
let session: ChromiumSession;

beforeAll(async () => {
  // A touch screen: Playwright sends real touch input through the DevTools protocol (Input.dispatchTouchEvent).
  session = await launchChromium({ hasTouch: true });
});

afterAll(async () => {
  expect(session?.outsideRequests ?? []).toEqual([]);
  await session?.close();
});

type Stored = Record<string, unknown>;
interface Menus {
  update(id: string, props: { title: string }): Promise<void>;
}
/** The extension APIs the tests reach in the service worker. */
interface G {
  chrome: {
    storage: { local: { set(v: unknown): Promise<void> } };
    tabs: {
      query(q: object): Promise<{ id: number; url?: string; index: number }[]>;
      get(id: number): Promise<{ id: number; url?: string; index: number }>;
    };
    contextMenus: Menus & {
      onClicked: { dispatch(info: object, tab: object): void; hasListeners(): boolean };
    };
  };
  browser?: { contextMenus: Menus };
  menuTitles?: { id: string; title: string; error?: string }[];
}

async function setSettings(settings: Stored): Promise<void> {
  await session.serviceWorker.evaluate(
    (s) => (globalThis as unknown as G).chrome.storage.local.set({ settings: s }),
    settings,
  );
}

async function openHighlighted(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(hasPaintedHighlight);
  return page;
}

/** A real touch tap (touchstart/touchend, then the pointer and click events Chromium derives from them). */
async function tapText(page: Page, id: string, text: string): Promise<void> {
  const point = await page.evaluate(centreOfText, [id, text] as [string, string]);
  if (!point) throw new Error(`"${text}" not found in #${id}`);
  await page.touchscreen.tap(point.x, point.y);
}

async function tapInCard(page: Page, selector: string): Promise<void> {
  const at = await centreInCard(page, selector);
  if (!at) throw new Error(`${selector} not in the card`);
  await page.touchscreen.tap(at.x, at.y);
}

/** A point on the page's own text, away from any name and well outside the card. */
async function pointOutsideCard(page: Page): Promise<{ x: number; y: number }> {
  const card = await evaluateInCard(page, (root) => {
    const r = root.querySelector('.bs-card')!.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
  for (const word of ['negotiators', 'Background', 'Gyeongju', 'Washington']) {
    const p = await page.evaluate(wordCentre, word);
    // 40 px clear of the card: Chromium moves a tap that lands right next to a button onto it (touch adjustment).
    const m = 40;
    const near =
      card &&
      p &&
      p.x > card.left - m &&
      p.x < card.right + m &&
      p.y > card.top - m &&
      p.y < card.bottom + m;
    if (p && !near) return p;
  }
  throw new Error('no free point outside the card');
}

/** Where a word of the English story is, without scrolling (a scroll would close the card). */
function wordCentre(word: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(
    document.getElementById('story-en')!,
    NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const r = range.getBoundingClientRect();
    if (r.bottom > 0 && r.top < innerHeight)
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

/** A finger put down at `from` and moved up 150 px in ten steps (raw touch input, as a phone sends it). */
async function swipeUp(page: Page, from: { x: number; y: number }): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const touch = (type: string, dy: number | null) =>
    cdp.send('Input.dispatchTouchEvent', {
      type: type as 'touchStart',
      touchPoints: dy === null ? [] : [{ x: from.x, y: from.y - dy }],
    });
  await touch('touchStart', 0);
  for (let step = 1; step <= 10; step++) {
    await touch('touchMove', step * 15);
    await page.waitForTimeout(16);
  }
  await touch('touchEnd', null);
  await cdp.detach();
}

const cardShown = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-backstory-ui]') !== null);
const rowsShown = (page: Page) =>
  waitInCard(page, (root) => root.querySelectorAll('.bs-row').length);

/** A page where the name sits inside a link, as on most news front pages. */
const LINKED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Links</title></head>
<body><h1>Front page</h1><p id="p-link">Today: <a id="story" href="/story.html">President Lương Cường
meets the press</a> in Hà Nội.</p><p id="p-plain">Nothing to see in this line at all.</p></body></html>`;

describe('Touch screens (Chromium with touch input)', () => {
  it('opens the card on a tap on a name with no hover; a tap outside or a swipe closes it', async () => {
    await setSettings({ language: 'en' });
    const page = await openHighlighted(`${session.demo.url}/news.html`);
    // A phone-sized window, so the page is taller than the window and a swipe scrolls it.
    await page.setViewportSize({ width: 480, height: 640 });
    await tapText(page, 'p-lead', 'Lương Cường');
    expect(await rowsShown(page)).toBeGreaterThan(0);
    expect(await readCardText(page)).toContain('Lương Cường');
    const outside = await pointOutsideCard(page);
    await page.touchscreen.tap(outside.x, outside.y);
    await page.waitForFunction(() => !document.querySelector('[data-backstory-ui]'));
    await tapText(page, 'p-lead', 'Donald Trump');
    await rowsShown(page);
    expect(await readCardText(page)).toContain('Donald Trump');
    // A swipe (starting on a name) moves the page under the fixed card: it closes rather than point at nothing,
    // and the swipe opens nothing.
    const from = await page.evaluate(centreOfText, ['p-lead', 'Donald Trump'] as [string, string]);
    const before = await page.evaluate(() => scrollY);
    await swipeUp(page, from!);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(before + 50);
    await page.waitForFunction(() => !document.querySelector('[data-backstory-ui]'));
    await page.waitForTimeout(500);
    expect(await cardShown(page)).toBe(false);
    await page.close();
  });

  it('a tap on a linked name opens the card instead of the link; a second tap follows the link', async () => {
    await session.context.route('**/touch-links.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: LINKED }),
    );
    const page = await openHighlighted(`${session.pages.url}/touch-links.html`);
    await tapText(page, 'p-link', 'Lương Cường');
    await rowsShown(page);
    expect(page.url()).toMatch(/touch-links\.html$/);
    await tapText(page, 'p-link', 'Lương Cường');
    await page.waitForURL(/story\.html$/);
    await session.context.unroute('**/touch-links.html');
    await page.close();
  });

  it('a tap on an article in the card opens the reader; the close button closes it and the name opens again', async () => {
    const page = await openHighlighted(`${session.demo.url}/news.html`);
    await tapText(page, 'p-lead', 'Lương Cường');
    await rowsShown(page);
    const title = await evaluateInCard(
      page,
      (root) => root.querySelector('.bs-row .bs-title')?.textContent ?? '',
    );
    const [reader] = await Promise.all([
      session.context.waitForEvent('page'),
      tapInCard(page, '.bs-row-button'),
    ]);
    await reader.waitForSelector('.bs-article-title');
    expect(reader.url()).toContain(`chrome-extension://${session.extensionId}/reader.html?id=`);
    expect(await reader.textContent('.bs-article-title')).toBe(title);
    await reader.close();
    await page.bringToFront();
    if (!(await cardShown(page))) await tapText(page, 'p-lead', 'Lương Cường');
    await rowsShown(page);
    await tapInCard(page, '.bs-close');
    await page.waitForFunction(() => !document.querySelector('[data-backstory-ui]'));
    await tapText(page, 'p-lead', 'Lương Cường');
    expect(await rowsShown(page)).toBeGreaterThan(0);
    await page.close();
  });
});

describe('Context menu "Search Backstory for …" (Chromium)', () => {
  it('titles the menu item in the interface language', async () => {
    // Record the title each time the background renames the item; `update` fails for an item that does not exist.
    await session.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as G;
      g.menuTitles = [];
      for (const api of new Set([g.chrome.contextMenus, g.browser?.contextMenus])) {
        if (!api) continue;
        const original = api.update.bind(api);
        api.update = (id, props) => {
          const entry: { id: string; title: string; error?: string } = { id, title: props.title };
          g.menuTitles!.push(entry);
          return original(id, props).catch((e: unknown) => {
            entry.error = String(e);
            throw e;
          });
        };
      }
    });
    const titles = () =>
      session.serviceWorker.evaluate(() => (globalThis as unknown as G).menuTitles ?? []);
    await setSettings({ language: 'vi' });
    await expect
      .poll(async () => (await titles()).at(-1))
      .toEqual({ id: 'backstory-search-selection', title: 'Tìm “%s” trong Backstory' });
    await setSettings({ language: 'en' });
    await expect
      .poll(async () => (await titles()).at(-1))
      .toEqual({ id: 'backstory-search-selection', title: 'Search Backstory for “%s”' });
    await new Promise((r) => setTimeout(r, 300));
    expect((await titles()).filter((t) => t.error)).toEqual([]);
  });

  it('a click on the item with a selection opens the search next to the tab, with that text and its results', async () => {
    await setSettings({ language: 'en' });
    const page = await openHighlighted(`${session.demo.url}/news.html`);
    const selectionText = await page.evaluate(() => {
      const text = document.getElementById('p-lead')!.firstChild!;
      const at = text.textContent!.indexOf('Lương Cường');
      getSelection()!.setBaseAndExtent(text, at, text, at + 'Lương Cường'.length);
      return getSelection()!.toString();
    });
    const tab = await session.serviceWorker.evaluate(async () => {
      const tabs = await (globalThis as unknown as G).chrome.tabs.query({});
      return tabs.find((t) => t.url?.includes('/news.html'))!;
    });
    // What Chromium passes to onClicked for a click on a selection menu item (frameId 0: the top frame).
    const info = {
      menuItemId: 'backstory-search-selection',
      selectionText,
      pageUrl: tab.url,
      frameId: 0,
      editable: false,
    };
    const [search] = await Promise.all([
      session.context.waitForEvent('page'),
      session.serviceWorker.evaluate(
        ([i, t]) => {
          const clicked = (globalThis as unknown as G).chrome.contextMenus.onClicked;
          if (!clicked.hasListeners()) throw new Error('no onClicked listener');
          clicked.dispatch(i, t);
        },
        [info, tab] as const,
      ),
    ]);
    await search.waitForSelector('.bs-result');
    expect(new URL(search.url()).searchParams.get('q')).toBe('Lương Cường');
    expect(await search.inputValue('input[type=search]')).toBe('Lương Cường');
    const results = (await search.locator('.bs-result').allInnerTexts()).join('\n');
    const titles = articlesMentioning(bundle, 'luong-cuong').map(
      (id) => bundle.articles.find((a) => a.id === id)!.title,
    );
    expect(titles.some((t) => results.includes(t.slice(0, 30)))).toBe(true);
    // The search page asks for its own tab: a tab's url is not shown to an extension without the
    // "tabs" permission in every Chromium.
    const opened = await search.evaluate(() =>
      (
        globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ index: number }> } } }
      ).chrome.tabs.getCurrent(),
    );
    expect(opened?.index).toBe(tab.index + 1);
    await search.close();

    // Another menu's click (the clipper's has its own id) opens no search.
    const before = session.context.pages().length;
    await session.serviceWorker.evaluate(
      ([i, t]) => (globalThis as unknown as G).chrome.contextMenus.onClicked.dispatch(i, t),
      [{ ...info, menuItemId: 'some-other-item' }, tab] as const,
    );
    await page.waitForTimeout(500);
    expect(session.context.pages().length).toBe(before);
    await page.close();
  });
});
