import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportFile, parseExportFile } from '../../../lib/shared/reader/export-file';
import { cardTextOnceListed, waitInCard } from '../support/card-root';
import { ROOT } from '../support/chromium';
import {
  backgroundCaller,
  launchFirefox,
  openExtensionPage,
  pollPage,
  tabIdOf,
  type BackgroundCaller,
  type FirefoxSession,
} from '../support/firefox';
import { centreOfText, hasPaintedHighlight } from '../support/page-probes';

const ARTIFACTS = join(ROOT, 'artifacts/corpus-growth-firefox');
const ARTICLES = ['article-en.html', 'article-vi.html', 'article-undated.html'];
let session: FirefoxSession;
let ext: Page;
let call: BackgroundCaller;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launchFirefox();
  ext = await openExtensionPage(session.browser, 'popup.html');
  call = backgroundCaller(ext);
});

afterAll(async () => {
  await session?.close();
});

async function openTestPage(name: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${session.pages.url}/corpus-growth/${name}`);
  return page;
}

async function clip(name: string) {
  const page = await openTestPage(name);
  const outcome = await call('clipTab', { tabId: await tabIdOf(ext, page.url()) });
  await page.close();
  return outcome;
}

async function cardTextFor(text: string): Promise<string> {
  const page = await openTestPage('article-en.html');
  await pollPage(page, hasPaintedHighlight);
  const point = await page.evaluate(centreOfText, ['p-lead', text] as [string, string]);
  if (!point) throw new Error(`"${text}" not found`);
  await page.mouse.move(point.x, point.y);
  const textOfCard = await waitInCard(page, cardTextOnceListed);
  await page.screenshot({ path: join(ARTIFACTS, 'card-with-reader-article.png') });
  await page.close();
  return textOfCard;
}

/** Runs in the options page: keep the next exported file's text where the test can read it. */
function catchExport(): void {
  const scope = window as unknown as { __exported?: Promise<string> };
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) scope.__exported = blob.text();
    return original(blob);
  };
}

const titlesOn = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.bs-ra-title')].map((t) => (t as HTMLElement).innerText),
  );

describe('the reader grows the corpus (Firefox)', () => {
  it('clips three local article pages, links their leaders, and refuses a front page', async () => {
    const outcomes = [];
    for (const name of ARTICLES) outcomes.push(await clip(name));
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added']);
    const [en, vi, undated] = outcomes;
    expect(en?.status === 'added' && en.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['luong-cuong', 'donald-trump']),
    );
    expect(vi?.status === 'added' && vi.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['to-lam', 'lee-jae-myung']),
    );
    expect(en?.status === 'added' && en.article.date).toBe('2025-11-03');
    expect(undated?.status === 'added' && undated.article.date).toBeNull();
    expect((await clip('article-en.html')).status).toBe('duplicate');
    expect(await clip('not-article.html')).toMatchObject({ status: 'not-article' });
    expect((await call('readerArticles', {})).articles).toHaveLength(3);
  });

  it('shows a clipped article in the card of a leader it mentions, and in search', async () => {
    expect(await cardTextFor('Lương Cường')).toContain(
      'Việt Nam and the US agree on next steps for trade',
    );
    const hits = (await call('search', { query: 'coffee growers' })).hits;
    expect(hits[0]?.title).toBe('What the new trade rules mean for coffee growers');
  });

  it('exports, is wiped, imports the file and has every article back', async () => {
    const { items, total } = await call('readerArticleItems', { offset: 0, limit: 1000 });
    expect(total).toBe(3);
    const file = JSON.stringify(buildExportFile(items, undefined, new Date()));
    const before = (await call('readerArticles', {})).articles;
    const deleted = await ext.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const r = indexedDB.deleteDatabase('backstory');
          r.onsuccess = () => resolve('deleted');
          r.onerror = () => resolve(String(r.error));
        }),
    );
    expect(deleted).toBe('deleted');
    expect((await call('readerArticles', {})).articles).toEqual([]);
    const parsed = parseExportFile(file);
    expect(parsed.problems).toEqual([]);
    await call('importBegin', { importId: 'e2e', total: parsed.items.length, source: 'e2e.json' });
    await call('importChunk', { importId: 'e2e', items: parsed.items });
    expect(await call('importCommit', { importId: 'e2e' })).toEqual({
      state: 'done',
      outcome: { added: 3, skipped: [] },
    });
    expect((await call('readerArticles', {})).articles).toEqual(before);
    expect(await cardTextFor('Lương Cường')).toContain(
      'Việt Nam and the US agree on next steps for trade',
    );
  });

  it('the options page lists them newest first, deletes with undo, exports and imports the file', async () => {
    let options = await openExtensionPage(session.browser, 'options.html');
    await pollPage(options, () => document.querySelectorAll('.bs-ra-row').length === 3);
    const titles = await titlesOn(options);
    expect(titles[2]).toBe('Việt Nam and the US agree on next steps for trade');
    await options.click('.bs-ra-delete');
    await pollPage(options, () => document.querySelectorAll('.bs-ra-row').length === 2);
    await options.click('.bs-ra-undo button');
    await pollPage(options, () => document.querySelectorAll('.bs-ra-row').length === 3);
    expect(await titlesOn(options)).toEqual(titles);

    await options.evaluate(catchExport);
    await options.click('.bs-ra-actions > button');
    const text = await pollPage(
      options,
      () => (window as { __exported?: Promise<string> }).__exported,
    );
    const path = join(ARTIFACTS, 'backstory-export.json');
    writeFileSync(path, text);
    const exported = parseExportFile(text);
    expect(exported.items).toHaveLength(3);
    expect(exported.settings).toBeDefined();

    for (const row of (await call('readerArticles', {})).articles)
      await call('deleteReaderArticle', { id: row.id });
    // A fresh options page (a reload of an extension page can hang over BiDi: RECIPES.md).
    await options.close();
    options = await openExtensionPage(session.browser, 'options.html');
    await pollPage(options, () => document.querySelector('.bs-ra-count') !== null);
    expect(await options.$$eval('.bs-ra-row', (rows) => rows.length)).toBe(0);
    const input = (await options.$('.bs-ra-pick input[accept]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    const report = await pollPage(
      options,
      () => document.querySelector('.bs-ra-report')?.textContent,
      20_000,
    );
    expect(report).toContain('Imported 3 articles.');
    await pollPage(options, () => document.querySelectorAll('.bs-ra-row').length === 3);
    expect(await titlesOn(options)).toEqual(titles);
    await options.screenshot({ path: join(ARTIFACTS, 'options-reader-articles.png') });
    await options.close();
    expect(session.outsideRequests).toEqual([]);
  });
});
