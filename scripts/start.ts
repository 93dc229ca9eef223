/**
 * `npm start`, after the build: serves the bundled demo news page on
 * 127.0.0.1 and opens a browser with Backstory loaded on it, so a newcomer
 * sees highlights and cards at once. `npm start -- --firefox` uses Firefox.
 * Without a browser or a display it says so and prints where the builds are.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium, findFirefox } from './lib/browsers';
import { serveFolder } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const chromeBuild = join(root, '.output/chrome-mv3');
const firefoxBuild = join(root, '.output/firefox-mv2');
const useFirefox = process.argv.includes('--firefox');

function printBuilds(reason: string): void {
  console.log(`\n${reason}`);
  console.log(`Chrome/Chromium build (MV3): ${chromeBuild}`);
  console.log(`Firefox build (MV2):         ${firefoxBuild}`);
  console.log('Zips for both are in .output/. See README → "Load it by hand".');
}

/** Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off. */
function rootArgs(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  const browserPath = useFirefox ? findFirefox() : findChromium();
  if (!browserPath) {
    printBuilds(
      `No ${useFirefox ? 'Firefox' : 'Chromium'} found (set ${useFirefox ? 'FIREFOX_PATH' : 'CHROMIUM_PATH'} to use another).`,
    );
    return;
  }
  if (!hasDisplay() || process.env.CI) {
    printBuilds('No display to open a browser on (or running in CI).');
    return;
  }
  const server = await serveFolder(join(import.meta.dirname, 'demo'));
  const page = `${server.url}/news.html`;
  console.log(
    `Demo page: ${page}\nOpening ${browserPath} with Backstory loaded. Close the browser to stop.`,
  );
  const child = useFirefox
    ? spawn(
        'npx',
        [
          'web-ext',
          'run',
          '--source-dir',
          firefoxBuild,
          '--firefox',
          browserPath,
          '--start-url',
          page,
        ],
        { stdio: 'inherit' },
      )
    : spawn(
        browserPath,
        [
          ...chromiumArgs(chromeBuild),
          ...rootArgs(),
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'backstory-'))}`,
          page,
        ],
        { stdio: 'inherit' },
      );
  child.on('exit', () => void server.close());
}

await main();
