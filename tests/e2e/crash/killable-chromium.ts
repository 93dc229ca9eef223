/**
 * Chromium started by the test itself (not by playwright-core's launcher), so
 * the test holds its process id and can SIGKILL it mid-work, then start it
 * again on the same profile. playwright-core drives it over CDP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/lib/browsers';
import { CHROME_BUILD } from '../support/chromium';

export interface KillableChromium {
  browser: Browser;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** SIGKILL the browser and every process it started (its own process group), as a crash or power cut would. */
  kill(): Promise<void>;
}

/** The DevTools address Chromium prints on start. */
function devtoolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
}

/** Start Chromium with Backstory on `profile` (kept between starts). */
export async function startKillable(profile: string): Promise<KillableChromium> {
  const executable = findChromium();
  if (!executable) throw new Error('Chromium not found: apt-get install -y chromium');
  const args = [
    ...chromiumArgs(CHROME_BUILD),
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    `--user-data-dir=${profile}`,
    '--remote-debugging-port=0',
    'about:blank',
  ];
  // A process group of its own: the kill takes the renderers and the utility processes too.
  const child = spawn(executable, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const browser = await chromium.connectOverCDP(await devtoolsUrl(child));
  const context = browser.contexts()[0] as BrowserContext;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    browser,
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async kill() {
      process.kill(-(child.pid as number), 'SIGKILL');
      await exited;
      await browser.close().catch(() => undefined);
    },
  };
}
