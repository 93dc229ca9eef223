/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on the
 * Firefox build, compared with the explained warnings in
 * scripts/lint/firefox-allowlist.ts. Exits non-zero on any error, any new
 * warning, or an allowlist entry that no longer matches.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkLint, type LintReport } from './lint/check-lint';
import { FIREFOX_LINT_ALLOWLIST } from './lint/firefox-allowlist';

const root = resolve(import.meta.dirname, '..');
const build = join(root, '.output/firefox-mv2');

const run = spawnSync(
  join(root, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', build, '--output', 'json', '--no-input'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report: LintReport;
try {
  report = JSON.parse(run.stdout) as LintReport;
} catch {
  console.error(`web-ext lint gave no JSON report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

const { problems, allowed } = checkLint(report, FIREFOX_LINT_ALLOWLIST, (file) =>
  readFileSync(join(build, file), 'utf8'),
);
const summary = `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`;
console.log(summary);
for (const line of allowed) console.log(`  explained: ${line}`);
for (const notice of report.notices) console.log(`  notice: ${notice.code} ${notice.message}`);
if (problems.length > 0) {
  for (const line of problems) console.error(`  FAIL ${line}`);
  console.error('See README → "Firefox lint" for how a warning is explained or fixed.');
  process.exit(1);
}
console.log('Every warning is explained (README → "Firefox lint").');
