import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/lib/browsers';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Serves tests/pages and the demo page (under /demo/). */
  pages: StaticServer;
  demo: StaticServer;
  /** Every request made to a host other than the local test servers: must stay empty. */
  outsideRequests: string[];
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built MV3 extension loaded (RECIPES.md), plus
 * local servers for the test pages. Records any request that leaves
 * 127.0.0.1 or the extension itself, from pages, extension pages or the
 * service worker, so every test can assert that nothing went out.
 * `options.hasTouch` / `isMobile` (with a `viewport`) emulate a touch screen (phone or tablet).
 */
export async function launchChromium(
  options: {
    hasTouch?: boolean;
    isMobile?: boolean;
    viewport?: { width: number; height: number };
    deviceScaleFactor?: number;
  } = {},
): Promise<ChromiumSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromiumArgs(CHROME_BUILD), '--no-sandbox', '--disable-gpu'],
    viewport: { width: 1100, height: 800 },
    locale: 'en-GB',
    // A touch screen for the touch tests (tests/e2e/controls/touch-and-menu.test.ts).
    ...options,
  });
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:';
    if (!local && url.protocol !== 'data:' && url.protocol !== 'blob:')
      outsideRequests.push(request.url());
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const pages = await serveFolder(join(ROOT, 'tests/pages'));
  const demo = await serveFolder(join(ROOT, 'scripts/demo'));
  return {
    context,
    extensionId,
    serviceWorker,
    pages,
    demo,
    outsideRequests,
    async close() {
      await context.close();
      await pages.close();
      await demo.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
