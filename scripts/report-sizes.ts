/**
 * Prints each entrypoint's gzip size for both builds and fails when the
 * content script grows past its budget (30 KB gzip, whatever the size of the gazetteer), so every
 * `npm run build` reports it and nobody has to remember to look.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_BUDGET_KB = 30;
const root = resolve(import.meta.dirname, '..');
const builds = ['chrome-mv3', 'firefox-mv2'];

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return /\.(js|css)$/.test(name) ? [path] : [];
  });
}

let over = false;
for (const build of builds) {
  const dir = join(root, '.output', build);
  console.log(`\n${build}: gzip size of each entrypoint file`);
  for (const file of scripts(dir).sort()) {
    const kb = gzipSync(readFileSync(file)).length / 1024;
    const name = relative(dir, file);
    const isContent = /content-scripts\/content\.js$/.test(name);
    if (isContent && kb > CONTENT_BUDGET_KB) over = true;
    console.log(
      `  ${name.padEnd(44)} ${kb.toFixed(1).padStart(7)} KB${isContent ? `  (budget ${CONTENT_BUDGET_KB} KB)` : ''}`,
    );
  }
}
if (over) {
  console.error(`\nThe content script is over its ${CONTENT_BUDGET_KB} KB gzip budget.`);
  process.exit(1);
}
