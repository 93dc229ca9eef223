/**
 * The fuzzer's Firefox: Debian's Firefox ESR, headless, over WebDriver BiDi
 * (puppeteer-core), with the MV2 build installed as a temporary add-on.
 * Every request for a host other than loopback goes to a recording dead end
 * (../lib/request-recorder.ts). Firefox reports a content script's uncaught
 * errors and console errors as the tab's own: the ones whose stack runs
 * through a moz-extension: file are Backstory's. The background page's errors
 * are collected inside it, reached from an extension page.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_UUID, findFirefox, firefoxExtensionPrefs } from '../lib/browsers';
import {
  FIREFOX_QUIET_ENV,
  firefoxProxyPrefs,
  startRequestRecorder,
} from '../lib/request-recorder';
import { runsScript, siteOffScript, type FuzzDriver, type FuzzTab } from './fuzz-driver';
import { PAGE_PROBE } from './page-probe';
import { firefoxWindow } from '../lib/firefox-window';

const WINDOW = firefoxWindow(1000, 700);
const BASE = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ours = (urls: (string | undefined)[]) => urls.some((u) => u?.includes('moz-extension://'));

/** Collects the background page's errors on `__fuzzErrors` (run in an extension page). */
const WATCH_BACKGROUND = `(async () => {
  const bg = await browser.runtime.getBackgroundPage();
  if (bg.__fuzzErrors) return;
  const errors = (bg.__fuzzErrors = []);
  bg.addEventListener('error', (e) => errors.push('error: ' + (e.message || e.error)));
  bg.addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason && (e.reason.stack || e.reason))));
  const original = bg.console.error.bind(bg.console);
  bg.console.error = (...args) => { errors.push('console.error: ' + args.map(String).join(' ')); original(...args); };
})()`;

/**
 * Load `url` and wait until its DOM is parsed. The navigation's own promise is not awaited: over
 * BiDi a frame failing its load can reject it though the page loaded, so the page is polled.
 */
async function open(page: Page, url: string, timeoutMs: number): Promise<void> {
  const navigation = page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  navigation.catch(() => undefined);
  const end = Date.now() + timeoutMs;
  const ready = (u: string) => location.href === u && document.readyState !== 'loading';
  while (!(await page.evaluate(ready, url).catch(() => false))) {
    if (Date.now() > end) await navigation;
    await sleep(25);
  }
}

async function openTab(browser: Browser): Promise<FuzzTab> {
  // A window of its own: Firefox throttles the timers and stops the frames of a tab in the
  // background, and the fuzz pages' churn runs on both (seconds a page instead of a fraction).
  const page = await browser.newPage({ type: 'window' });
  await page.evaluateOnNewDocument(PAGE_PROBE);
  let errors: string[] = [];
  page.on('pageerror', (e) => {
    const err = e as Error;
    if (ours([err.stack])) errors.push(`${err.message}\n${err.stack ?? ''}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && ours(m.stackTrace().map((f) => f.url)))
      errors.push(`console.error: ${m.text()}`);
  });
  page.on('dialog', (d) => void d.dismiss());
  return {
    goto: (url, timeoutMs) => open(page, url, timeoutMs),
    evaluate: (expression) => page.evaluate(expression),
    moveMouse: (x, y) => page.mouse.move(x, y),
    errors: () => errors,
    clearErrors: () => void (errors = []),
    crashed: () => false,
    close: () => page.close().catch(() => undefined),
  };
}

/** An extension page to reach the background and the settings from, once it has loaded. */
async function extensionPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${BASE}/options.html`, { timeout: 5_000 }).catch(() => undefined);
  const end = Date.now() + 15_000;
  const loaded = () => location.protocol === 'moz-extension:' && document.readyState === 'complete';
  while (!(await page.evaluate(loaded).catch(() => false))) {
    if (Date.now() > end) throw new Error('the options page did not load');
    await sleep(50);
  }
  return page;
}

/** Launch Firefox ESR with the build in `extensionDir` and the page probe on every page. */
export async function launchFirefoxDriver(extensionDir: string): Promise<FuzzDriver> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr');
  const recorder = await startRequestRecorder();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['-remote-allow-system-access', ...WINDOW.args],
    defaultViewport: WINDOW.defaultViewport,
    env: { ...process.env, ...FIREFOX_QUIET_ENV },
    extraPrefsFirefox: { ...firefoxExtensionPrefs(), ...firefoxProxyPrefs(recorder.port) },
  });
  await browser.installExtension(resolve(extensionDir));
  const ext = await extensionPage(browser);
  await ext.evaluate(WATCH_BACKGROUND);
  return {
    openTab: () => openTab(browser),
    backstoryRuns: async (url) => (await ext.evaluate(runsScript('browser', url))) as boolean,
    setSiteOff: async (off) => void (await ext.evaluate(siteOffScript('browser.storage', off))),
    backgroundErrors: async () =>
      (await ext.evaluate(
        `browser.runtime.getBackgroundPage().then((bg) => bg.__fuzzErrors || [])`,
      )) as string[],
    outsideRequests: () => recorder.requests,
    async close() {
      await browser.close().catch(() => undefined);
      await recorder.close();
    },
  };
}
