import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  FIREFOX_EXTENSION_UUID,
  findFirefox,
  firefoxExtensionPrefs,
} from '../../../scripts/lib/browsers';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import type { BackgroundCalls, CallResult } from '../../../lib/shared/messages/protocol';
import { ROOT } from './chromium';
import { FIREFOX_QUIET_ENV, firefoxProxyPrefs, startRequestRecorder } from './request-recorder';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
export const FIREFOX_BASE = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  demo: StaticServer;
  pages: StaticServer;
  /**
   * Every request for a host other than loopback, from any context (pages,
   * extension pages, the background page, content scripts): must stay empty.
   * Firefox sends them all to a recording dead-end proxy (request-recorder.ts).
   */
  outsideRequests: string[];
  close(): Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi with the built extension installed
 * temporarily (RECIPES.md), all non-loopback traffic sent to a recorder that
 * answers nothing, and local servers for the test pages.
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr');
  const recorder = await startRequestRecorder();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['-remote-allow-system-access'],
    env: { ...process.env, ...FIREFOX_QUIET_ENV },
    extraPrefsFirefox: { ...firefoxExtensionPrefs(), ...firefoxProxyPrefs(recorder.port) },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const demo = await serveFolder(join(ROOT, 'scripts/demo'));
  const pages = await serveFolder(join(ROOT, 'tests/pages'));
  return {
    browser,
    demo,
    pages,
    outsideRequests: recorder.requests,
    async close() {
      await browser.close();
      await demo.close();
      await pages.close();
      await recorder.close();
    },
  };
}

/**
 * Opens an extension page and resolves once it has loaded. `goto` on a
 * moz-extension page does not resolve until its timeout although the page
 * loads at once (RECIPES.md), so the navigation is started, its error
 * ignored, and the page polled instead (5 s saved per page). The poll is a
 * loop of single evaluations, not `waitForFunction`: an evaluation that meets
 * the navigation can fail in Firefox's BiDi code and would end a wait task.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${FIREFOX_BASE}/${path}`, { timeout: 5_000 }).catch(() => undefined);
  const loaded = (base: string) =>
    location.href.startsWith(base) && document.readyState === 'complete';
  const end = Date.now() + 15_000;
  while (!(await page.evaluate(loaded, `${FIREFOX_BASE}/`).catch(() => false))) {
    if (Date.now() > end) throw new Error(`extension page ${path} did not load`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return page;
}

/**
 * Polls a function in the page until it returns a truthy value (waitForSelector misses shadow
 * content). A loop of single evaluations, not `waitForFunction`: puppeteer's wait task builds its
 * poller with `Function()`, which an extension page's CSP refuses in Firefox 140 ESR.
 */
export async function pollPage<T>(
  page: Page,
  fn: () => T,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn).catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`pollPage: no truthy value in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Sends one background call from an extension page (as the popup does) and
 * resolves with the raw reply, `{ ok, value }` or `{ ok: false, error }`.
 */
export function callBackground(page: Page, call: string, request: unknown): Promise<unknown> {
  return page.evaluate(
    (c: string, r: unknown) =>
      (
        globalThis as unknown as {
          browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).browser.runtime.sendMessage({ backstory: 1, to: 'background', call: c, request: r }),
    call,
    request,
  );
}

/** A typed background call that resolves with the call's value and throws on a refusal. */
export type BackgroundCaller = <K extends keyof BackgroundCalls>(
  name: K,
  request: BackgroundCalls[K]['request'],
) => Promise<BackgroundCalls[K]['response']>;

/** Background calls made from extension page `ext`, as the popup and options page make them. */
export function backgroundCaller(ext: Page): BackgroundCaller {
  return async (name, request) => {
    const result = (await callBackground(ext, name, request)) as CallResult<
      BackgroundCalls[typeof name]['response']
    >;
    if (!result.ok) throw new Error(`${String(name)}: ${result.error.message}`);
    return result.value;
  };
}

type Tabs = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

/** The tab showing `url`, asked from extension page `ext` (Firefox's match patterns take no port, so every tab is compared). */
export async function tabIdOf(ext: Page, url: string): Promise<number> {
  const id = await ext.evaluate(async (u: string) => {
    const tabs = await (globalThis as unknown as { browser: Tabs }).browser.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}
