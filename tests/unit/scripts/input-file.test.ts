import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, readJsonInput, readTextInput } from '../../../scripts/lib/input-file';
import { loadMatcher, scanFile } from '../../../scripts/scan';

const ROOT = resolve(import.meta.dirname, '../../..');
const REAL_PAGES = resolve(ROOT, '../shared/realpages');
const dir = mkdtempSync(join(tmpdir(), 'backstory-input-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** What `npm run scan` does with `args`: its exit status and both outputs. */
function runScan(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('npx', ['tsx', 'scripts/scan.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    return err as { status: number; stdout: string; stderr: string };
  }
}

describe('input-file (what scan and eval accept)', () => {
  it.each([
    ['a directory', () => dir, 'is a directory, not a file'],
    ['a missing file', () => join(dir, 'nope.html'), 'no such file'],
    ['an empty file', () => file('empty.html', ''), 'is empty'],
    ['a file of white space', () => file('blank.txt', ' \n\t\n'), 'holds only white space'],
    ['a binary file', () => file('x.html', new Uint8Array([60, 112, 0, 1])), 'is binary'],
    [
      'Latin-1 text',
      () => file('l.html', new Uint8Array([99, 97, 102, 0xe9])),
      'is not UTF-8 (line 1: invalid UTF-8 (byte 0xE9',
    ],
  ])('refuses %s with the file and the reason', (_name, path, reason) => {
    const at = path();
    expect(() => readTextInput(at)).toThrow(InputError);
    expect(() => readTextInput(at)).toThrow(`${at}: ${reason}`);
  });

  it('reads UTF-8 with or without a byte order mark, and says which JSON is broken', () => {
    expect(readTextInput(file('bom.txt', '\uFEFFLương Cường'))).toBe('Lương Cường');
    expect(readJsonInput(file('ok.json', '[1]'))).toEqual([1]);
    const bad = file('bad.json', '{"a":');
    expect(() => readJsonInput(bad)).toThrow(`${bad}: is not valid JSON`);
  });

  it('makes scan print one line "file: reason" and exit 1 for unreadable input', () => {
    const binary = file('binary.html', new Uint8Array([0, 1, 2, 3]));
    const out = runScan([binary]);
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([
      `${binary}: is binary, not text (a NUL byte at offset 0)`,
    ]);
  });

  it.skipIf(!existsSync(REAL_PAGES))(
    'scans every saved real page (../shared/realpages)',
    () => {
      const matcher = loadMatcher();
      const pages = readdirSync(REAL_PAGES).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(0);
      const named = pages.filter((p) => scanFile(join(REAL_PAGES, p), matcher).length > 0);
      // The folder's README: a few of these pages name Donald Trump or Lee Jae-myung.
      expect(named.length).toBeGreaterThan(0);
      const one = runScan([join(REAL_PAGES, named[0]!)]);
      expect(one.status).toBe(0);
      expect(JSON.parse(one.stdout.split('\n')[0]!)).toHaveProperty('entity');
    },
    60_000,
  );
});
