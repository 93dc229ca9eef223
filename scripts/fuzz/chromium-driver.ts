/**
 * The fuzzer's Chromium: Debian's, headless, with the unpacked MV3 build
 * (playwright-core). Backstory's errors are read through the DevTools
 * protocol (extension-errors.ts); every request is seen, from pages,
 * extension pages and the service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/browsers';
import { watchTabErrors, watchWorkerErrors, workerErrors } from './extension-errors';
import { runsScript, siteOffScript, type FuzzDriver, type FuzzTab } from './fuzz-driver';
import { PAGE_PROBE } from './page-probe';

const LOCAL_PROTOCOLS = ['chrome-extension:', 'data:', 'blob:', 'about:'];

async function openTab(context: BrowserContext): Promise<FuzzTab> {
  const page = await context.newPage();
  let errors: string[] = [];
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await watchTabErrors(page, (text) => errors.push(text));
  return {
    async goto(url, timeoutMs) {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    },
    evaluate: (expression) => page.evaluate(expression),
    moveMouse: (x, y) => page.mouse.move(x, y),
    errors: () => errors,
    clearErrors: () => void (errors = []),
    crashed: () => crashed,
    close: () => page.close().catch(() => undefined),
  };
}

/** Launch Chromium with the build in `extensionDir` and the page probe on every page. */
export async function launchChromiumDriver(extensionDir: string): Promise<FuzzDriver> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  const profile = mkdtempSync(join(tmpdir(), 'backstory-fuzz-'));
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromiumArgs(extensionDir), '--no-sandbox', '--disable-gpu'],
    viewport: { width: 1000, height: 700 },
  });
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && !LOCAL_PROTOCOLS.includes(url.protocol))
      outside.push(request.url());
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await watchWorkerErrors(sw);
  await context.addInitScript(PAGE_PROBE);
  return {
    openTab: () => openTab(context),
    backstoryRuns: async (url) => (await sw.evaluate(runsScript('chrome', url))) as boolean,
    setSiteOff: async (off) => void (await sw.evaluate(siteOffScript('chrome.storage', off))),
    backgroundErrors: () => workerErrors(sw),
    outsideRequests: () => outside,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
