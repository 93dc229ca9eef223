/**
 * Install and search on a generated 10,000-article corpus, in the extension's
 * own service worker: the probe (sw-probe.ts) is bundled with esbuild and
 * evaluated there, then asked to run.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import type { Entity } from '../../lib/shared/corpus/types';
import { ROOT } from './extension-copy';
import type { ProbeRequest, ProbeResult } from './sw-probe';

/** Popup searches typed one key at a time (Vietnamese with and without accents, English, a typo). */
export const QUERIES = [
  'luong cuong',
  'Lương Cường',
  'trump',
  'hiep dinh thuong mai',
  'investmnet',
  'apec 2027',
];

function probeSource(): string {
  return execFileSync(
    resolve(ROOT, 'node_modules/.bin/esbuild'),
    [
      'scripts/bench/sw-probe.ts',
      '--bundle',
      '--format=iife',
      '--platform=browser',
      '--log-level=error',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
}

export async function runWorker(
  worker: Worker,
  entities: Entity[],
  articles: number,
  seed: number,
): Promise<ProbeResult> {
  await worker.evaluate(probeSource());
  const req: ProbeRequest = { entities, articles, seed, queries: QUERIES };
  return worker.evaluate(
    (r) =>
      (
        globalThis as unknown as { backstoryBenchProbe(r: ProbeRequest): Promise<ProbeResult> }
      ).backstoryBenchProbe(r),
    req,
  );
}
