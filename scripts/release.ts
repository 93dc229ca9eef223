/**
 * `npm run release`: checks that CHANGELOG.md has the version in package.json
 * as its newest entry, builds both browsers (with their zips and the sources
 * zip), runs the Firefox lint, and lists the three files to upload
 * (README → "Publish"). Stops at the first step that fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describeArtifacts, manifestVersions, releaseArtifacts } from './release/artifacts';
import { releaseProblems } from './release/changelog';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.output');

function fail(lines: string[]): never {
  for (const line of lines) console.error(`release: ${line}`);
  process.exit(1);
}

function step(title: string, script: string): void {
  console.log(`\nrelease: ${title} (npm run ${script})`);
  const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) fail([`${title} failed (exit ${run.status ?? run.signal}).`]);
}

/** A release from uncommitted files would not match any commit: said, not refused (tests run on work trees). */
function warnIfUncommitted(): void {
  const git = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0 && git.stdout.trim() !== '')
    console.warn(
      'release: WARNING the work tree has uncommitted changes; the sources zip holds them.',
    );
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
const problems = releaseProblems(version, readFileSync(join(root, 'CHANGELOG.md'), 'utf8'));
if (problems.length > 0) fail(problems);
console.log(`release: ${version}, CHANGELOG.md has its entry`);
warnIfUncommitted();

step('build Chrome and Firefox, their zips and the sources zip', 'build');
const versions = manifestVersions(outDir, ['chrome-mv3', 'firefox-mv2']);
const wrong = Object.entries(versions).filter(([, v]) => v !== version);
if (wrong.length > 0) fail(wrong.map(([b, v]) => `${b}/manifest.json says ${v}, not ${version}`));
step('lint the Firefox build', 'lint:firefox');

const { lines, missing } = describeArtifacts(releaseArtifacts(outDir, version));
console.log(`\nrelease: Backstory ${version}, ready to upload (README → "Publish"):`);
for (const line of lines) console.log(`  ${line.replace(root + '/', '')}`);
if (missing > 0) fail([`${missing} file(s) missing under ${relative(root, outDir)}/`]);
