import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUMS = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const FIREFOXES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The first installed Chromium, or null. Branded Chrome ignores `--load-extension` since v137, so it is not listed. */
export function findChromium(): string | null {
  return CHROMIUMS.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/** The first installed Firefox, or null. */
export function findFirefox(): string | null {
  return FIREFOXES.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/**
 * Flags for a Chromium that loads the unpacked extension and stays off the
 * network: no sync, no component updates, no background fetches.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
}

/** Backstory's gecko id (wxt.config.ts) and a fixed internal uuid, so its Firefox pages have a known address. */
export const FIREFOX_GECKO_ID = 'backstory@backstory.invalid';
export const FIREFOX_EXTENSION_UUID = '5b1c4a52-8d0e-4c35-9c64-3f6f1e2a7b90';

/** Firefox prefs that give Backstory the fixed uuid above and keep updates and safe browsing off. */
export function firefoxExtensionPrefs(): Record<string, string | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({
      [FIREFOX_GECKO_ID]: FIREFOX_EXTENSION_UUID,
    }),
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
  };
}

/**
 * Why the Firefox found here cannot run the built Firefox package, or null when it can: the package's
 * `strict_min_version` (from `.output/firefox-mv2/manifest.json`) against `firefox --version`.
 */
export function firefoxTooOld(manifestPath: string): string | null {
  const firefox = findFirefox();
  if (!firefox || !existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { strict_min_version?: string } };
  };
  const needed = manifest.browser_specific_settings?.gecko?.strict_min_version;
  const found = /(\d+)\.\d+/.exec(execFileSync(firefox, ['--version'], { encoding: 'utf8' }))?.[0];
  if (!needed || !found) return null;
  return Number.parseInt(found, 10) < Number.parseInt(needed, 10)
    ? `${firefox} is Firefox ${found}; the Firefox build needs ${needed} or newer`
    : null;
}
