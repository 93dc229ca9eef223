/**
 * The four views the stores show, each driven as a reader would drive it:
 * a card opened by resting the pointer on a name of the demo page, the
 * popup's search, the reader page with a name's panel, the options page.
 */
import type { Page } from 'playwright-core';
import type { ShotBrowser } from './browser';
import { waitForText } from './card-text';

export type Look = 'light' | 'dark';
export type Lang = 'en' | 'vi';

/** Where each language's card is opened, and words it shows once its articles are in. */
const CARD = {
  en: { id: 'p-lead', name: 'Lương Cường', loaded: 'Before this article' },
  vi: { id: 'p-vi', name: 'LƯƠNG CƯỜNG', loaded: 'Trước bài này' },
} as const;

/** A new tab of `size` in the look's colour scheme. */
export async function newPage(b: ShotBrowser, look: Look, size = { width: 1280, height: 800 }) {
  const page = await b.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: look });
  return page;
}

/** The demo news page, once Backstory has highlighted it. */
export async function demoPage(b: ShotBrowser, look: Look): Promise<Page> {
  const page = await newPage(b, look);
  await page.goto(`${b.demo.url}/news.html`);
  await page.waitForFunction(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()].some(
      (h) => h.size > 0,
    ),
  );
  return page;
}

/** The demo page with the card of a leader open, after a real hover. */
export async function cardShot(b: ShotBrowser, look: Look, lang: Lang): Promise<Buffer> {
  const page = await demoPage(b, look);
  const { id, name, loaded } = CARD[lang];
  // A paragraph low on the page is brought up a quarter of the way down, so the card opens below it in full.
  await page.evaluate((el) => {
    const top = document.getElementById(el)!.getBoundingClientRect().top;
    if (top > innerHeight / 2) scrollTo(0, top - innerHeight / 4);
  }, id);
  await page.waitForTimeout(300);
  const at = await page.evaluate(centreOf, [id, name] as [string, string]);
  await page.mouse.move(at.x - 2, at.y);
  await page.mouse.move(at.x, at.y);
  await waitForText(page, loaded);
  await page.waitForTimeout(300);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** The centre of `text` inside the element `id` (runs in the page). */
function centreOf([id, text]: [string, string]): { x: number; y: number } {
  const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  throw new Error(`"${text}" is not in #${id}`);
}

/**
 * The popup (its own size, 380 × 560) opened on `page`'s tab, searching the
 * corpus for a name typed without accents.
 */
export async function popupShot(b: ShotBrowser, look: Look, page: Page): Promise<Buffer> {
  const tab = await b.tabIdOf(page.url());
  const popup = await newPage(b, look, { width: 380, height: 560 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tab}`);
  await popup.waitForSelector('.bs-entity');
  await popup.locator('input[type=search]').pressSequentially('luong cuong', { delay: 40 });
  await popup.waitForSelector('.bs-result');
  await popup.waitForTimeout(300);
  const png = await popup.screenshot();
  await popup.close();
  return png;
}

/** The reader page with one article, its mentions marked, and a name's panel and timeline open. */
export async function readerShot(b: ShotBrowser, look: Look, articleId: string): Promise<Buffer> {
  const reader = await newPage(b, look);
  await reader.goto(
    `chrome-extension://${b.extensionId}/reader.html?id=${encodeURIComponent(articleId)}`,
  );
  await reader.waitForSelector('.bs-mark-button');
  await reader
    .locator('.bs-mark-button', { hasText: /L[ưƯu][ơƠo]ng C/i })
    .first()
    .click();
  await reader.waitForSelector('.bs-timeline');
  await reader.evaluate(() => scrollTo(0, 0));
  await reader.waitForTimeout(300);
  const png = await reader.screenshot();
  await reader.close();
  return png;
}

/** The options page, top of it. */
export async function optionsShot(b: ShotBrowser, look: Look): Promise<Buffer> {
  const options = await newPage(b, look);
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.waitForSelector('.bs-options');
  await options.waitForFunction(() => document.body.textContent?.includes('example.com'));
  await options.waitForTimeout(300);
  const png = await options.screenshot();
  await options.close();
  return png;
}
