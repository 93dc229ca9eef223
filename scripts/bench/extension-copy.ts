/**
 * A private copy of the built Chrome extension for the bench: taken under the
 * shared build lock (nobody rebuilds under a running browser), optionally with
 * the matcher tables (content script and background) swapped for a generated gazetteer's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MatcherData } from '../../lib/match/types';

export const ROOT = resolve(import.meta.dirname, '../..');
const LOCK = '/tmp/backstory-build.lock';

/** Build (unless `build` is false) and copy `.output/chrome-mv3`, all under the build lock. */
export function copyBuiltExtension(build: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-ext-'));
  const steps = `${build ? 'npm run build >/tmp/backstory-bench-build.log 2>&1 && ' : ''}cp -r .output/chrome-mv3/. '${dir}'`;
  execFileSync('flock', [LOCK, 'sh', '-c', steps], { cwd: ROOT, stdio: 'inherit' });
  return dir;
}

/** The end of the object literal that starts at `from` (strings skipped). */
function literalEnd(js: string, from: number): number {
  let depth = 0;
  for (let i = from; i < js.length; i++) {
    const c = js[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; js[i] !== c; i++) if (js[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  throw new Error('matcher tables: unterminated literal');
}

/**
 * A copy of `extDir` whose content script carries `data` instead of the
 * shipped matcher tables (the build inlines them as one object literal that
 * starts `{entities:[{id:"`; the bundler folds `format` away). Bench only: the
 * 20,000-alias variant.
 */
export function withMatcherData(extDir: string, data: MatcherData): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-ext20k-'));
  cpSync(extDir, dir, { recursive: true });
  // Both hold the tables: the background matches long pages' text with the content script's tables.
  for (const name of ['content-scripts/content.js', 'background.js']) {
    const file = join(dir, name);
    const js = readFileSync(file, 'utf8');
    const start = js.search(/\{(format:1,)?entities:\[\{id:"/);
    if (start < 0) throw new Error(`matcher tables not found in ${name}`);
    const end = literalEnd(js, start);
    const literal = `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
    writeFileSync(file, js.slice(0, start) + literal + js.slice(end));
  }
  return dir;
}
