/**
 * A private copy of the built Chrome extension for the bench: taken under the
 * shared build lock (nobody rebuilds under a running browser), optionally with
 * its corpus's entities swapped for a generated gazetteer's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CorpusBundle, Entity } from '../../lib/shared/corpus/types';

export const ROOT = resolve(import.meta.dirname, '../..');
const LOCK = '/tmp/backstory-build.lock';

/** Build (unless `build` is false) and copy `.output/chrome-mv3`, all under the build lock. */
export function copyBuiltExtension(build: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-ext-'));
  const steps = `${build ? 'npm run build >/tmp/backstory-bench-build.log 2>&1 && ' : ''}cp -r .output/chrome-mv3/. '${dir}'`;
  execFileSync('flock', [LOCK, 'sh', '-c', steps], { cwd: ROOT, stdio: 'inherit' });
  return dir;
}

/**
 * A copy of `extDir` whose shipped corpus names `entities` instead of its own
 * (a generated 20,000-alias gazetteer): the bundle gets them and a version of
 * its own, and the background, which compiles its matcher from the corpus it
 * loads, is told to expect that version. The content script is not touched:
 * it holds no tables. Bench only.
 */
export function withEntities(extDir: string, entities: Entity[], tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), `backstory-bench-ext-${tag}-`));
  cpSync(extDir, dir, { recursive: true });
  const bundlePath = join(dir, 'corpus/bundle.json');
  const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as CorpusBundle;
  const version = `${bundle.version.slice(0, 48)}-${tag}`;
  const ids = new Set(entities.map((e) => e.id));
  const kept = bundle.entities.filter((e) => !ids.has(e.id));
  writeFileSync(
    bundlePath,
    JSON.stringify({ ...bundle, version, entities: [...kept, ...entities] }),
  );
  const background = join(dir, 'background.js');
  const js = readFileSync(background, 'utf8');
  if (!js.includes(bundle.version)) throw new Error('the corpus version is not in background.js');
  writeFileSync(background, js.split(bundle.version).join(version));
  return dir;
}

/** The entities of the built corpus (discovered, with the reviewed layer on top). */
export function builtEntities(extDir: string): Entity[] {
  return (JSON.parse(readFileSync(join(extDir, 'corpus/bundle.json'), 'utf8')) as CorpusBundle)
    .entities;
}
