/**
 * Import as a reader does it: a generated export file of N articles picked on
 * the options page of the built extension, timed from the pick to the report
 * "Imported N articles." (reading and checking the file, linking every
 * article in the background, storing them in one transaction).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { buildExportFile } from '../../lib/shared/reader/export-file';
import type { ReaderArticleItem } from '../../lib/shared/reader/reader-item';

/** Article `i` of a generated import: four paragraphs naming leaders and the trade agreement. */
export function importItem(i: number): ReaderArticleItem {
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    url: `https://news.example.org/2025/${i}`,
    title: `Trade talks, part ${i}: what the negotiators agreed`,
    date: `2025-${month}-${String((i % 28) + 1).padStart(2, '0')}`,
    language: i % 3 === 0 ? 'vi' : 'en',
    source: 'Example News',
    place: null,
    author: null,
    paragraphs: [
      `HÀ NỘI — President Lương Cường met Donald Trump for round ${i} of the talks on the Reciprocal Trade Agreement between Việt Nam and the United States.`,
      `Minister Nguyễn Hồng Diên said the ${i}th draft covers tariffs on textiles, seafood, coffee and electronics, and a calendar for the next steps.`,
      `Officials from both sides described the meeting as constructive. Further rounds are planned before the end of the year, and businesses will be consulted on the rules of origin (${i}).`,
      `Analysts said that predictable rules matter most to exporters, who plan their orders months ahead and need to know the duties they will pay.`,
    ],
    addedAt: new Date(Date.UTC(2025, 10, 1) + i * 1000).toISOString(),
  };
}

/** Write an export file of `count` generated articles; returns its path and a way to remove it. */
export function writeImportFile(count: number): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-import-'));
  const items = Array.from({ length: count }, (_, i) => importItem(i));
  const path = join(dir, `backstory-${count}.json`);
  writeFileSync(path, JSON.stringify(buildExportFile(items, undefined, new Date())));
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Import `count` generated articles through the options page; milliseconds from the pick to the report. */
export async function runImport(
  context: BrowserContext,
  extensionId: string,
  count: number,
): Promise<number> {
  const file = writeImportFile(count);
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const input = page.locator('.bs-ra-pick input[accept]');
    await input.waitFor({ state: 'attached' });
    const done = `Imported ${count.toLocaleString('en-GB')} articles.`;
    const started = Date.now();
    await input.setInputFiles(file.path);
    await page.waitForFunction(
      (text) => document.querySelector('.bs-ra-report')?.textContent?.includes(text),
      done,
      { polling: 'raf', timeout: 120_000 },
    );
    return Date.now() - started;
  } finally {
    await page.close();
    file.remove();
  }
}
