import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesMentioning, readBuiltBundle } from '../support/bundle';
import { launchChromium, ROOT, type ChromiumSession } from '../support/chromium';
import { clickInCard, evaluateInCard, waitInCard } from '../support/card-root';
import { centreOfText, readHighlights, hasPaintedHighlight } from '../support/page-probes';

const ARTIFACTS = join(ROOT, 'artifacts/e2e');
const bundle = readBuiltBundle();
let session: ChromiumSession;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
});

async function openDemo(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.demo.url}/news.html`);
  await page.waitForFunction(hasPaintedHighlight);
  return page;
}

async function hover(page: Page, id: string, text: string): Promise<void> {
  const point = await page.evaluate(centreOfText, [id, text] as [string, string]);
  if (!point) throw new Error(`"${text}" not found in #${id}`);
  await page.mouse.move(point.x, point.y);
}

describe('Backstory in Chromium', () => {
  it('highlights the demo page’s names in any spelling, and nothing in traps, fields or code', async () => {
    const page = await openDemo();
    const found = await page.evaluate(readHighlights);
    const texts = found.map((h) => h.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Lương Cường',
        'Donald Trump',
        'Lee Jae Myung',
        'LƯƠNG CƯỜNG',
        'Nguyen Hong Dien',
        'Tô Lâm',
      ]),
    );
    expect(found.filter((h) => h.container === 'p-traps').map((h) => h.text)).toEqual([
      'APEC 2027',
    ]);
    for (const skipped of ['comment', 'editor', 'code', 'reader-comments']) {
      expect(found.filter((h) => h.container === skipped)).toEqual([]);
    }
    // The page's own DOM is untouched: highlights are ranges, not wrapper elements.
    expect(await page.locator('#p-lead *').count()).toBe(0);
    await page.close();
  });

  it('opens a card for a hovered name listing its seed articles newest first, with dates', async () => {
    const page = await openDemo();
    await hover(page, 'p-lead', 'Lương Cường');
    // The card's shadow root is closed: read it through card-root (CDP), not locators.
    await waitInCard(
      page,
      (root) => root.querySelectorAll('[role="dialog"] .bs-row').length,
      undefined,
      10_000,
    );
    await expect
      .poll(() =>
        evaluateInCard(page, (root) => root.querySelector('[role="dialog"] .bs-name')?.textContent),
      )
      .toBe('Lương Cường');

    const expected = articlesMentioning(bundle, 'luong-cuong')
      .map((id) => bundle.articles.find((a) => a.id === id)!)
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const rows =
      (await evaluateInCard(page, (root) =>
        [...root.querySelectorAll<HTMLElement>('[role="dialog"] .bs-row')].map((r) => r.innerText),
      )) ?? [];
    expect(rows.length).toBe(Math.min(3, expected.length));
    expect(rows[0]).toContain('30 Oct 2025');
    expect(rows[0]).toContain(expected[0]!.title.slice(0, 30));
    for (const row of rows.slice(1)) expect(row).toContain('29 Oct 2025');
    await page.screenshot({ path: join(ARTIFACTS, 'card.png') });

    // The reader page opens from the card.
    const opened = session.context.waitForEvent('page');
    await clickInCard(page, '[role="dialog"] .bs-row-button');
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toContain(`/reader.html?id=${expected[0]!.id}`);
    await expect
      .poll(() => reader.locator('h1').textContent(), { timeout: 10_000 })
      .toContain(expected[0]!.title.slice(0, 30));
    await expect.poll(() => reader.locator('mark').count()).toBeGreaterThan(0);
    await reader.screenshot({ path: join(ARTIFACTS, 'reader.png') });
    await reader.close();
    await page.close();
  });

  it('closes the card on Escape', async () => {
    const page = await openDemo();
    await hover(page, 'p-second', 'Jamieson Greer');
    const dialogs = async () =>
      (await evaluateInCard(page, (root) => root.querySelectorAll('[role="dialog"]').length)) ?? 0;
    await expect.poll(dialogs, { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(dialogs).toBe(0);
    await page.close();
  });

  it('finds the English and the Vietnamese articles from the popup with an unaccented query', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const input = popup.locator('input[type="search"], .bs-search-input');
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('bs-search-input');
    await input.fill('luong cuong');
    const results = popup.locator('.bs-result');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const titles = (await results.allInnerTexts()).join('\n');
    for (const id of articlesMentioning(bundle, 'luong-cuong')) {
      const article = bundle.articles.find((a) => a.id === id)!;
      expect(titles).toContain(article.title.slice(0, 30));
    }
    expect(
      new Set(
        bundle.articles.filter((a) => titles.includes(a.title.slice(0, 30))).map((a) => a.language),
      ),
    ).toEqual(new Set(['en', 'vi']));
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
    await popup.close();
  });

  it('joins a name split across inline elements, never across blocks', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.pages.url}/split-names.html`);
    await page.waitForFunction(hasPaintedHighlight);
    const found = await page.evaluate(readHighlights);
    const byContainer = (id: string) =>
      found.filter((h) => h.container === id).map((h) => h.text.replace(/\s+/g, ' '));
    expect(byContainer('link')).toEqual(['Lương Cường']);
    expect(
      found.filter((h) => h.container === 'bold' || h.text.startsWith('Donald')).map((h) => h.text),
    ).toContain('Donald Trump');
    expect(found.map((h) => h.text.replace(/\s+/g, ' '))).toContain('Nguyễn Hồng Diên');
    // One range from "Lee" over the <br> to "Jae-myung" (a <br> adds no text to Range.toString()).
    expect(byContainer('br')).toEqual(['LeeJae-myung']);
    for (const id of ['para-a', 'para-b', 'cell-a', 'cell-b', 'heading', 'after-heading']) {
      expect(byContainer(id).filter((t) => t.includes(' '))).toEqual([]);
    }
    await page.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
