import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../../scripts/fuzz/run-fuzz';
import { FIREFOX_BUILD } from '../support/firefox';

/** Every kind several times over; `npm run fuzz -- --browser firefox --pages 2000` runs the long count. */
const PAGES = 100;

describe('npm run fuzz -- --browser firefox (a small count in npm test)', () => {
  it(`runs ${PAGES} hostile pages through the Firefox build with no error, no change and a clean switch-off`, async () => {
    const report = await runFuzz({
      pages: PAGES,
      seed: 1,
      extensionDir: FIREFOX_BUILD,
      browser: 'firefox',
      tabs: 3,
    });
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({
      pages: PAGES,
      extension_errors: 0,
      pages_changed: 0,
      restore_failures: 0,
    });
    expect(report.cards).toBeGreaterThan(0);
    expect(report.outsideRequests).toEqual([]);
  }, 900_000);
});
