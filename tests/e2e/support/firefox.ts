import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/lib/browsers';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import { ROOT } from './chromium';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
/** The gecko id from wxt.config.ts and a fixed internal uuid, so extension pages have a known address. */
const GECKO_ID = 'backstory@backstory.invalid';
const UUID = '5b1c4a52-8d0e-4c35-9c64-3f6f1e2a7b90';
export const FIREFOX_BASE = `moz-extension://${UUID}`;

export interface FirefoxSession {
  browser: Browser;
  demo: StaticServer;
  pages: StaticServer;
  close(): Promise<void>;
}

/** Firefox ESR over WebDriver BiDi with the built extension installed temporarily (RECIPES.md). */
export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const demo = await serveFolder(join(ROOT, 'scripts/demo'));
  const pages = await serveFolder(join(ROOT, 'tests/pages'));
  return {
    browser,
    demo,
    pages,
    async close() {
      await browser.close();
      await demo.close();
      await pages.close();
    },
  };
}

/**
 * Opens an extension page. `goto` on a moz-extension page can time out while
 * the page loads fine (RECIPES.md), so the navigation error is ignored and
 * the caller polls the page instead.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${FIREFOX_BASE}/${path}`, { timeout: 5_000 }).catch(() => undefined);
  return page;
}

/** Polls a function in the page until it returns a truthy value (waitForSelector misses shadow content). */
export async function pollPage<T>(
  page: Page,
  fn: () => T,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const handle = await page.waitForFunction(fn, { timeout: timeoutMs, polling: 100 });
  return (await handle.jsonValue()) as NonNullable<T>;
}
