import { existsSync } from 'node:fs';

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
