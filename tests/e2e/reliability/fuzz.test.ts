import { describe, expect, it } from 'vitest';
import { generatePage, KIND_NAMES } from '../../../scripts/fuzz/page-shell';
import { runFuzz } from '../../../scripts/fuzz/run-fuzz';
import { CHROME_BUILD } from '../support/chromium';

/** Enough pages to cover every kind several times over; `npm run fuzz -- --pages 10000` runs the full count. */
const PAGES = 200;

describe('npm run fuzz (a small count in npm test)', () => {
  it('generates the same pages for the same seed and a different page for another seed', () => {
    const a = generatePage(7, 3, 'http://127.0.0.1:1');
    expect(generatePage(7, 3, 'http://127.0.0.1:1')).toEqual(a);
    expect(generatePage(8, 3, 'http://127.0.0.1:1').html).not.toBe(a.html);
  });

  it('covers every kind of page within the first pages', () => {
    const seen = new Set<string>();
    for (let i = 0; i < KIND_NAMES.length; i++)
      for (const k of generatePage(1, i, '').kinds) seen.add(k);
    expect([...seen].sort()).toEqual([...KIND_NAMES].sort());
  });

  it(`runs ${PAGES} hostile pages through the built extension with no error, no change and a clean switch-off`, async () => {
    const report = await runFuzz({ pages: PAGES, seed: 1, extensionDir: CHROME_BUILD, tabs: 3 });
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({
      pages: PAGES,
      extension_errors: 0,
      pages_changed: 0,
      restore_failures: 0,
    });
    // The run did open cards (the switch-off then had a shadow host to take away).
    expect(report.cards).toBeGreaterThan(0);
    expect(report.outsideRequests).toEqual([]);
  }, 900_000);
});
