/**
 * `npm run toolbar-shots`: the browsers' own toolbars with Backstory's icon,
 * on the demo page and then with the demo's site switched off, from headful
 * Chromium and Firefox on a virtual display (Xvfb). Writes
 * `artifacts/toolbar/{chromium,firefox}-toolbar-{on,off}.png`, the top
 * 90 px of the screen. Needs `apt-get install -y xvfb x11-apps imagemagick`
 * (Xvfb, xwd, convert) besides the two browsers, and a build (`npm run build`).
 * The icon is pinned to the toolbar in each browser's profile, as a reader
 * would pin it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import {
  FIREFOX_EXTENSION_UUID,
  FIREFOX_GECKO_ID,
  findChromium,
  findFirefox,
  firefoxExtensionPrefs,
} from './lib/browsers';
import { serveFolder } from './lib/static-server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'artifacts/toolbar');
const DISPLAY = ':99';
const WIDTH = 1280;
const HEIGHT = 720;
const env = { ...process.env, DISPLAY };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Write the top of the virtual screen (the browser's toolbar) to `name`. */
function grab(name: string): void {
  const xwd = execFileSync('xwd', ['-root', '-display', DISPLAY], { maxBuffer: 64 * 1024 * 1024 });
  execFileSync('convert', ['xwd:-', '-crop', `${WIDTH}x90+0+0`, join(OUT, name)], { input: xwd });
  console.log(`wrote artifacts/toolbar/${name}`);
}

/** The stored settings with the demo's site switched off (run in an extension context). */
async function switchOff(
  storage: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> },
  site: string,
): Promise<void> {
  const settings = ((await storage.get('settings')).settings ?? {}) as Record<string, unknown>;
  await storage.set({ settings: { ...settings, disabledSites: [site] } });
}

async function chromiumShots(demoUrl: string): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  const ext = mkdtempSync(join(tmpdir(), 'backstory-ext-'));
  cpSync(join(ROOT, '.output/chrome-mv3'), ext, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath,
      headless: false,
      env,
      viewport: null,
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        `--window-size=${WIDTH},${HEIGHT}`,
        '--window-position=0,0',
        '--no-first-run',
      ],
    });
  // First start: learn the extension's id; then pin it in the profile's preferences.
  let context = await launch();
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(first.url()).host;
  await context.close();
  const prefsPath = join(profile, 'Default/Preferences');
  const prefs = JSON.parse(readFileSync(prefsPath, 'utf8')) as { extensions?: object };
  prefs.extensions = { ...prefs.extensions, pinned_extensions: [id] };
  writeFileSync(prefsPath, JSON.stringify(prefs));
  context = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(demoUrl);
    await sleep(2500);
    grab('chromium-toolbar-on.png');
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(
      `(${switchOff.toString()})(chrome.storage.local, ${JSON.stringify(new URL(demoUrl).hostname)})`,
    );
    await sleep(2000);
    grab('chromium-toolbar-off.png');
  } finally {
    await context.close();
  }
}

/** Firefox's id for the toolbar button of the extension with `geckoId` (its widget id). */
function browserActionWidget(geckoId: string): string {
  return `${geckoId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
}

async function firefoxShots(demoUrl: string): Promise<void> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr');
  const navBar = [
    'back-button',
    'forward-button',
    'stop-reload-button',
    'urlbar-container',
    browserActionWidget(FIREFOX_GECKO_ID),
    'unified-extensions-button',
  ];
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: false,
    env,
    args: ['-width', String(WIDTH), '-height', String(HEIGHT)],
    defaultViewport: null,
    extraPrefsFirefox: {
      ...firefoxExtensionPrefs(),
      'browser.uiCustomization.state': JSON.stringify({
        placements: { 'nav-bar': navBar, 'unified-extensions-area': [] },
        seen: [],
        dirtyAreaCache: ['nav-bar'],
        currentVersion: 20,
        newElementCount: 0,
      }),
    },
  });
  try {
    await browser.installExtension(join(ROOT, '.output/firefox-mv2'));
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.goto(demoUrl);
    await sleep(3000);
    grab('firefox-toolbar-on.png');
    const ext = await browser.newPage();
    void ext.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/popup.html`).catch(() => undefined);
    await sleep(1500);
    await ext.evaluate(
      `(${switchOff.toString()})(browser.storage.local, ${JSON.stringify(new URL(demoUrl).hostname)})`,
    );
    await ext.close();
    await page.bringToFront();
    await sleep(2000);
    grab('firefox-toolbar-off.png');
  } finally {
    await browser.close();
  }
}

mkdirSync(OUT, { recursive: true });
const xvfb = spawn('Xvfb', [DISPLAY, '-screen', '0', `${WIDTH}x${HEIGHT}x24`], { stdio: 'ignore' });
await sleep(1000);
const demo = await serveFolder(join(ROOT, 'scripts/demo'));
try {
  const which = process.argv[2];
  if (which !== 'firefox') await chromiumShots(`${demo.url}/news.html`);
  if (which !== 'chromium') await firefoxShots(`${demo.url}/news.html`);
} finally {
  await demo.close();
  xvfb.kill();
}
