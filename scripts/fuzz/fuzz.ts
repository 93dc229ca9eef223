/**
 * `npm run fuzz -- --pages N [--browser chromium|firefox] [--seed S] [--tabs T] [--hover-every K] [--extension DIR]`
 *
 * Hostile and odd pages, generated from the seed, through the built
 * extension in headless Chromium (MV3 build) or Firefox ESR (MV2 build). The
 * build is copied to a private folder under the shared build lock (so nobody
 * rebuilds under the browser), then the lock is released. Last line: one
 * JSON object with the counts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FuzzBrowser } from './fuzz-driver';
import { runFuzz, type FuzzReport } from './run-fuzz';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCK = '/tmp/backstory-build.lock';

/** The build each browser loads. */
const BUILDS: Record<FuzzBrowser, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' };

/** Copy the browser's build under `.output/` (building it first if missing) to a temp dir, holding the build lock. */
function privateBuild(browser: FuzzBrowser): { dir: string; remove(): void } {
  const parent = mkdtempSync(join(tmpdir(), 'backstory-fuzz-ext-'));
  const dir = join(parent, BUILDS[browser]);
  const build = join(ROOT, '.output', BUILDS[browser]);
  const copy = `${existsSync(build) ? '' : 'npm run build >&2 && '}cp -r "${build}" "${dir}"`;
  execFileSync('flock', [LOCK, 'sh', '-c', copy], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

function summary(report: FuzzReport, seconds: number, browser: FuzzBrowser): string {
  const lines = [
    `fuzz (${browser}): ${report.pages} pages in ${seconds.toFixed(0)} s (${(report.pages / seconds).toFixed(1)} pages/s), ${report.cards} cards opened`,
    `  time loading and checking pages ${(report.timing.visitMs / 1000).toFixed(0)} s, switching off and checking ${(report.timing.restoreMs / 1000).toFixed(0)} s`,
    `  extension errors ${report.extension_errors}, pages changed ${report.pages_changed}, restore failures ${report.restore_failures}`,
  ];
  for (const f of report.failures.slice(0, 30))
    lines.push(`  page ${f.page} [${f.kinds.join(', ')}] ${f.check}: ${f.detail.slice(0, 300)}`);
  if (report.failures.length > 30) lines.push(`  … and ${report.failures.length - 30} more`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      /** Start at this page number (re-run a stretch of the seed). */
      from: { type: 'string', default: '0' },
      tabs: { type: 'string', default: '3' },
      browser: { type: 'string', default: 'chromium' },
      'hover-every': { type: 'string', default: '10' },
      /** An unpacked build to use as it is (no copy, no lock): for trying a build of your own. */
      extension: { type: 'string' },
    },
  });
  const pages = Number(values.pages);
  const seed = Number(values.seed);
  const browser = values.browser as FuzzBrowser;
  if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed) || !(browser in BUILDS))
    throw new Error(
      'usage: npm run fuzz -- --pages N [--browser chromium|firefox] [--seed S] [--tabs T] [--hover-every K]',
    );
  const build = values.extension
    ? { dir: resolve(values.extension), remove: () => undefined }
    : privateBuild(browser);
  const started = Date.now();
  try {
    const report = await runFuzz({
      pages,
      seed,
      from: Number(values.from),
      extensionDir: build.dir,
      browser,
      tabs: Number(values.tabs),
      hoverEvery: Number(values['hover-every']),
      onFailure: (f) =>
        process.stderr.write(
          `  page ${f.page} [${f.kinds.join(', ')}] ${f.check}: ${f.detail.slice(0, 400)}\n`,
        ),
      onProgress(done, r) {
        if (done % 500 < Number(values.tabs) || done === pages)
          process.stderr.write(
            `  ${done}/${pages} pages, ${((Date.now() - started) / 1000).toFixed(0)} s, failures ${r.failures.length}\n`,
          );
      },
    });
    console.log(summary(report, (Date.now() - started) / 1000, browser));
    const { pages: n, extension_errors, pages_changed, restore_failures } = report;
    const outside_requests = report.outsideRequests.length;
    console.log(
      JSON.stringify({
        browser,
        seed,
        pages: n,
        extension_errors,
        pages_changed,
        restore_failures,
        outside_requests,
      }),
    );
    if (extension_errors + pages_changed + restore_failures + outside_requests > 0)
      process.exitCode = 1;
  } finally {
    build.remove();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(2);
});
