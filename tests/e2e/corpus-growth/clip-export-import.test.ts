import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportFile, parseExportFile } from '../../../lib/shared/reader/export-file';
import { launchChromium, ROOT, type ChromiumSession } from '../support/chromium';
import { cardTextOnceListed, waitInCard } from '../support/card-root';
import { centreOfText, hasPaintedHighlight } from '../support/page-probes';
import { extensionCalls } from '../support/extension-calls';

const ARTIFACTS = join(ROOT, 'artifacts/corpus-growth');
const ARTICLES = ['article-en.html', 'article-vi.html', 'article-undated.html'];
let session: ChromiumSession;

let ext: Page;
const { call, tabIdOf } = extensionCalls(() => ext);

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launchChromium();
  ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
});

afterAll(async () => {
  await session?.close();
});

async function openTestPage(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.pages.url}/corpus-growth/${name}`);
  return page;
}

async function clip(name: string) {
  const page = await openTestPage(name);
  const outcome = await call('clipTab', { tabId: await tabIdOf(page.url()) });
  await page.close();
  return outcome;
}

async function cardTextFor(text: string): Promise<string> {
  const page = await openTestPage('article-en.html');
  await page.waitForFunction(hasPaintedHighlight);
  const point = await page.evaluate(centreOfText, ['p-lead', text] as [string, string]);
  if (!point) throw new Error(`"${text}" not found`);
  await page.mouse.move(point.x, point.y);
  // The card's shadow root is closed: read it through card-root (CDP), not locators.
  const textOfCard = await waitInCard(page, cardTextOnceListed, undefined, 10_000);
  await page.screenshot({ path: join(ARTIFACTS, 'card-with-reader-article.png') });
  await page.close();
  return textOfCard;
}

describe('the reader grows the corpus (Chromium)', () => {
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

    // Wipe: the extension's database is deleted, as an uninstall would.
    await session.serviceWorker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.deleteDatabase('backstory');
          r.onsuccess = () => resolve();
          r.onerror = () => reject(r.error);
        }),
    );
    expect((await call('readerArticles', {})).articles).toEqual([]);

    const parsed = parseExportFile(file);
    expect(parsed.problems).toEqual([]);
    await call('importBegin', {
      importId: 'e2e',
      total: parsed.items.length,
      source: 'export.json',
    });
    await call('importChunk', { importId: 'e2e', items: parsed.items });
    expect(await call('importCommit', { importId: 'e2e' })).toEqual({
      state: 'done',
      outcome: { added: 3, skipped: [] },
    });
    expect((await call('readerArticles', {})).articles).toEqual(before);
    expect(await cardTextFor('Lương Cường')).toContain(
      'Việt Nam and the US agree on next steps for trade',
    );
    expect(session.outsideRequests).toEqual([]);
  });

  it('the options page lists them newest first, deletes with undo, exports and imports the file', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const rows = options.locator('.bs-ra-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    const titles = await options.locator('.bs-ra-title').allInnerTexts();
    expect(titles[2]).toBe('Việt Nam and the US agree on next steps for trade');

    await options.locator('.bs-ra-delete').first().click();
    await expect.poll(() => rows.count()).toBe(2);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.locator('.bs-ra-title').allInnerTexts()).toEqual(titles);

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export articles and settings' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^backstory-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(ARTIFACTS, saved.suggestedFilename());
    await saved.saveAs(path);
    const exported = parseExportFile(readFileSync(path, 'utf8'));
    expect(exported.items).toHaveLength(3);
    expect(exported.settings).toBeDefined();

    for (const row of (await call('readerArticles', {})).articles)
      await call('deleteReaderArticle', { id: row.id });
    await options.reload();
    await expect.poll(() => rows.count()).toBe(0);
    await options.locator('.bs-ra-pick input[accept]').setInputFiles(path);
    await expect
      .poll(() => options.locator('.bs-ra-report').innerText(), { timeout: 20_000 })
      .toContain('Imported 3 articles.');
    await expect.poll(() => options.locator('.bs-ra-title').allInnerTexts()).toEqual(titles);
    await options.screenshot({
      path: join(ARTIFACTS, 'options-reader-articles.png'),
      fullPage: true,
    });
    await options.close();
    expect(session.outsideRequests).toEqual([]);
  });
});
