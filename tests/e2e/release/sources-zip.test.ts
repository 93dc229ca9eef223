import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releaseArtifacts } from '../../../scripts/release/artifacts';

const ROOT = join(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
const [, firefoxZip, sourcesZip] = releaseArtifacts(join(ROOT, '.output'), version).map(
  (a) => a.path,
);
const scratch = mkdtempSync(join(tmpdir(), 'backstory-sources-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The commands README → "Rebuild the Firefox package from the sources zip" gives, one per line. */
function readmeCommands(readme: string): string[] {
  const section = readme.split('### Rebuild the Firefox package from the sources zip')[1] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Every file under `dir`, by its path inside it, as a SHA-256. */
function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/**
 * A shell as a reviewer has it: without the test runner's NODE_ENV=test and
 * VITEST* variables (under them Vite builds other bundles), and with npm
 * answering from its cache where it can (npm_config_* are npm's own settings).
 */
function reviewerEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|TEST|VITEST.*|__VITEST.*)$/.test(k)),
  );
  return {
    ...env,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
}

function unzip(zip: string, into: string): void {
  execFileSync('unzip', ['-q', zip, '-d', into]);
}

describe('The sources zip for AMO', () => {
  it('rebuilds, with the README’s commands in an empty folder, the Firefox package file for file', () => {
    for (const zip of [firefoxZip!, sourcesZip!])
      expect(existsSync(zip), `${zip} (made by npm run build)`).toBe(true);
    const commands = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(commands).toEqual(['npm ci', 'npm run build:firefox']);

    const source = join(scratch, 'source');
    unzip(sourcesZip!, source);
    // The same README travels in the zip: a reviewer reads these commands there.
    expect(readmeCommands(readFileSync(join(source, 'README.md'), 'utf8'))).toEqual(commands);
    const env = reviewerEnv();
    for (const command of commands) {
      const run = spawnSync('bash', ['-c', command], { cwd: source, env, encoding: 'utf8' });
      expect(run.status, `${command}\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`).toBe(
        0,
      );
    }

    const uploaded = join(scratch, 'uploaded');
    unzip(firefoxZip!, uploaded);
    const rebuilt = fileHashes(join(source, '.output/firefox-mv2'));
    const expected = fileHashes(uploaded);
    expect([...rebuilt.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([file, hash]) => rebuilt.get(file) !== hash);
    expect(differing.map(([file]) => file)).toEqual([]);
    expect(expected.has('icons/backstory-on-128.png')).toBe(true);
  }, 600_000);
});
