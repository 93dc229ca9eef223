/**
 * Debian's Chromium, headless, for the bench: with the extension loaded (the
 * annotate, hover and changing-page runs) or without (mark.js), and a local
 * server for the generated pages. Nothing leaves 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/browsers';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker, when one is loaded. */
  worker: Worker | null;
  close(): Promise<void>;
}

/**
 * Wait until a freshly installed background is warm: its corpus written, its matcher loaded from
 * the stored tables, then a second of quiet for what follows (the search index). The figures that say
 * "background warm" are not to be taken while it is still installing.
 */
async function settled(worker: Worker): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await worker
      .evaluate(() => {
        const g = globalThis as unknown as {
          backstoryPageMatcher?: { lastLoad: { compiled: boolean } | null };
        };
        return g.backstoryPageMatcher?.lastLoad?.compiled === false;
      })
      .catch(() => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 1000));
}

/**
 * Launch Chromium with `extDir` loaded, or plain when `extDir` is null. A Backstory build is waited
 * for until it is warm; `settle: false` is for an extension that is not Backstory.
 */
export async function launchBench(
  extDir: string | null,
  { settle = true }: { settle?: boolean } = {},
): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-profile-'));
  const args = extDir
    ? chromiumArgs(extDir)
    : ['--no-first-run', '--disable-background-networking', '--disable-component-update'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...args, '--no-sandbox', '--disable-gpu'],
    viewport: { width: 1100, height: 800 },
    locale: 'en-GB',
  });
  // tsx keeps function names with a `__name` helper that pages lack: probes sent to pages need it.
  await context.addInitScript('globalThis.__name = (f) => f');
  await context.route(/^(?!http:\/\/127\.0\.0\.1|chrome-extension:|data:|blob:)/, (route) =>
    route.abort(),
  );
  const worker = extDir
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : null;
  if (worker && settle) await settled(worker);
  return {
    context,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
