/**
 * The built Chromium extension in a headless Chromium, for the store
 * screenshots: the same launch as the end-to-end tests (RECIPES), the demo
 * page served on 127.0.0.1, and a record of any request that leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/browsers';
import { serveFolder, type StaticServer } from '../lib/static-server';

export interface ShotBrowser {
  context: BrowserContext;
  extensionId: string;
  demo: StaticServer;
  /** Requests to anywhere but 127.0.0.1, the extension and data URLs: must stay empty. */
  outsideRequests: string[];
  /** Store the reader's settings, as the options page does. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** The browser's id of the tab showing `url`, as the popup's `?tab=` names the tab it opened on. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

const LOCAL = ['http://127.0.0.1', 'chrome-extension:', 'data:'];

type Chrome = {
  chrome: {
    storage: { local: { set(v: unknown): Promise<void> } };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  };
};

function tabIdIn(worker: Worker) {
  return (url: string): Promise<number> =>
    worker.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as Chrome).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
}

function setSettingsIn(worker: Worker) {
  return async (settings: Record<string, unknown>): Promise<void> => {
    await worker.evaluate(
      (s) => (globalThis as unknown as Chrome).chrome.storage.local.set({ settings: s }),
      settings,
    );
  };
}

/** Chromium with the extension built in `extensionDir`, and the demo folder served. */
export async function launchShotBrowser(
  extensionDir: string,
  demoDir: string,
): Promise<ShotBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  // Playwright reports the service worker's requests too only with this set.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'backstory-store-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...chromiumArgs(extensionDir), '--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
  });
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    if (!LOCAL.some((prefix) => request.url().startsWith(prefix)))
      outsideRequests.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const demo = await serveFolder(demoDir);
  return {
    context,
    extensionId: new URL(worker.url()).host,
    demo,
    outsideRequests,
    setSettings: setSettingsIn(worker),
    tabIdOf: tabIdIn(worker),
    async close() {
      await context.close();
      await demo.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
