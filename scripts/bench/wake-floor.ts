/**
 * The floor under `tables_load_ms_20k`: an extension of nothing but a service
 * worker that reads one value from `storage.session` at its first line, and a
 * content script that messages it. The value is as long as Backstory's copy
 * of its tables. Woken as Backstory's worker is in `runWake` (stopped, left to
 * rest, woken by a page), it says what any worker pays before its first
 * useful line, and what the browser takes to hand back that many characters.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBench } from './browser-session';
import { median, runningWorker, stopAndRest } from './wake-run';

const WORKER = `globalThis.firstLineAt = performance.now();
chrome.storage.session.get('v').then(() => { globalThis.valueAt = performance.now(); });
chrome.runtime.onMessage.addListener((message, sender, reply) => { reply(true); });
`;

/** The minimal extension, in a folder of its own (the caller removes it). */
function minimalExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-floor-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'wake floor',
    version: '1',
    permissions: ['storage'],
    background: { service_worker: 'worker.js' },
    content_scripts: [
      { matches: ['http://127.0.0.1/*'], js: ['page.js'], run_at: 'document_start' },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), WORKER);
  writeFileSync(join(dir, 'page.js'), `chrome.runtime.sendMessage('wake');`);
  return dir;
}

export interface WakeFloor {
  /** When the worker's first line ran, in ms since it started (median). */
  firstLineMs: number;
  /** When its `chars`-long value was back from `storage.session` (median). */
  valueMs: number;
}

/** Wake the minimal worker `wakes` times by loading `url`; null when it cannot be stopped or never reads. */
export async function runWakeFloor(
  url: string,
  chars: number,
  wakes = 5,
): Promise<WakeFloor | null> {
  const ext = minimalExtension();
  const b = await launchBench(ext, { settle: false });
  try {
    const value = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.repeat(
      Math.ceil(chars / 64),
    );
    await b.worker?.evaluate(
      (v) =>
        (
          globalThis as unknown as {
            chrome: { storage: { session: { set(x: object): Promise<void> } } };
          }
        ).chrome.storage.session.set({ v }),
      value.slice(0, chars),
    );
    const runs: WakeFloor[] = [];
    for (let w = 0; w < wakes; w++) {
      if (!(await stopAndRest(b.context))) return null;
      const page = await b.context.newPage();
      await page.goto(url);
      const worker = await runningWorker(b.context);
      // A value that never comes back (10 s) leaves the wake out rather than holding the bench.
      const got = await worker.evaluate(async () => {
        const g = globalThis as unknown as { firstLineAt: number; valueAt?: number };
        for (let i = 0; i < 500 && g.valueAt === undefined; i++)
          await new Promise((r) => setTimeout(r, 20));
        return g.valueAt === undefined ? null : { firstLineMs: g.firstLineAt, valueMs: g.valueAt };
      });
      await page.close();
      if (got) runs.push(got);
    }
    if (runs.length === 0) return null;
    return {
      firstLineMs: median(runs.map((r) => r.firstLineMs)),
      valueMs: median(runs.map((r) => r.valueMs)),
    };
  } finally {
    await b.close();
    rmSync(ext, { recursive: true, force: true });
  }
}
