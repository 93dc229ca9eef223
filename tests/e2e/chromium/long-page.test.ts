import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMOTE_MIN_CHARS } from '../../../lib/page/page-scanner';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import { readCardText } from '../support/card-root';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { centreOfText, readHighlights } from '../support/page-probes';

const FILLER = ' The delegations discussed trade, investment, education and security.'.repeat(10);
/** Paragraph index → the sentence it opens with (the rest is filler). */
const NAMED: Record<number, string> = {
  0: 'President Lương Cường opened the session.',
  150: 'Donald Trump answered questions.',
  220: 'Later, Cường met business leaders.',
  299: 'Tổng Bí thư Tô Lâm closed the meeting.',
};
const PARAGRAPHS = 300;

/** A long article: far more text than the page matches by itself, so the background matches the rest. */
function longPage(): string {
  const paras = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p id="p${i}">${NAMED[i] ?? 'Nothing named here.'}${FILLER}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body><article>${paras.join('\n')}</article></body></html>`;
}

let session: ChromiumSession;
let site: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-long-'));
  writeFileSync(join(dir, 'long.html'), longPage());
  site = await serveFolder(dir);
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a long page in Chromium', () => {
  it('is highlighted top to bottom, short forms included, and its lower mentions open cards', async () => {
    expect(longPage().length).toBeGreaterThan(REMOTE_MIN_CHARS * 1.5);
    const page = await session.context.newPage();
    await page.goto(`${site.url}/long.html`);
    await page.waitForFunction(() => {
      const all = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      return [...all.values()].reduce((n, h) => n + h.size, 0) >= 4;
    });
    const found = await page.evaluate(readHighlights);
    expect(found.map((h) => [h.container, h.text])).toEqual([
      ['p0', 'Lương Cường'],
      ['p150', 'Donald Trump'],
      ['p220', 'Cường'],
      ['p299', 'Tô Lâm'],
    ]);
    const point = await page.evaluate(centreOfText, ['p220', 'Cường'] as [string, string]);
    if (!point) throw new Error('no Cường in #p220');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => readCardText(page), { timeout: 10_000 }).toContain('Lương Cường');
    expect(session.outsideRequests).toEqual([]);
  });
});
