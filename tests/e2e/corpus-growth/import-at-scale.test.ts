import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImportFile } from '../../../scripts/bench/import-run';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { callFrom } from '../reliability/support';

let session: ChromiumSession;
let options: Page;
const dir = mkdtempSync(join(tmpdir(), 'backstory-import-scale-'));
const big = writeImportFile(10_000);

beforeAll(async () => {
  session = await launchChromium();
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
});

afterAll(async () => {
  await session?.close();
  big.remove();
  rmSync(dir, { recursive: true, force: true });
});

const pick = (path: string) => options.locator('.bs-ra-pick input[accept]').setInputFiles(path);
const report = () => options.locator('.bs-ra-report').innerText();
const stored = async () =>
  ((await callFrom(options, 'readerArticles', {})) as { value: { articles: unknown[] } }).value
    .articles.length;

describe('importing at scale on the options page (Chromium)', () => {
  it.each([
    [
      'a file over the accepted size',
      'huge.json',
      /^huge\.json is 129 MB; Backstory imports files of up to 128 MB\./,
    ],
    ['deeply nested JSON', 'deep.json', /^deep\.json nests its data more than 32 levels deep/],
    ['a million tiny items', 'tiny.json', /^tiny\.json holds a list of more than 200,000 items/],
  ])('refuses %s with a clear message before any work starts', async (_what, name, message) => {
    const path = join(dir, name);
    if (name === 'huge.json') {
      writeFileSync(path, '{}');
      truncateSync(path, 129 * 1024 * 1024); // sparse: its size is checked, its bytes are never read
    } else if (name === 'deep.json')
      writeFileSync(path, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    else writeFileSync(path, `{"articles":[${'{},'.repeat(1_000_000)}{}]}`);
    await pick(path);
    await expect.poll(report, { timeout: 20_000 }).toMatch(message);
    expect(await stored()).toBe(0);
  });

  it('shows its progress, and a cancel while linking leaves nothing of the import', async () => {
    await pick(big.path);
    const bar = options.locator('.bs-ra-progress progress');
    await expect.poll(() => bar.getAttribute('value'), { timeout: 20_000 }).toMatch(/^[1-9]\d*$/);
    await options.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(report, { timeout: 30_000 })
      .toContain('The import was cancelled: nothing from it was kept.');
    expect(await stored()).toBe(0);
  });

  it('imports all 10,000 articles, and lists them', async () => {
    await pick(big.path);
    await expect.poll(report, { timeout: 120_000 }).toContain('Imported 10,000 articles.');
    expect(await stored()).toBe(10_000);
    await expect.poll(() => options.locator('.bs-ra-count').innerText()).toBe('10,000 articles');
    expect(session.outsideRequests).toEqual([]);
  });
});
