import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogEntries, releaseProblems } from '../../../scripts/release/changelog';

const ROOT = join(import.meta.dirname, '../../..');
const log = (...headings: string[]) =>
  ['# Changelog', '', ...headings.flatMap((h) => [h, '- x', ''])].join('\n');

describe('changelog', () => {
  it('reads every release heading, newest first', () => {
    expect(changelogEntries(log('## 0.2.0 — 2027-01-10', '## 0.1.0 - 2026-12-03'))).toEqual([
      { version: '0.2.0', date: '2027-01-10' },
      { version: '0.1.0', date: '2026-12-03' },
    ]);
  });

  it('lets a version go when it is the newest entry, with a real date', () => {
    expect(releaseProblems('0.2.0', log('## 0.2.0 — 2027-01-10', '## 0.1.0 — 2026-12-03'))).toEqual(
      [],
    );
  });

  it('stops a version that has no entry, or is not the newest one, or has an impossible date', () => {
    expect(releaseProblems('0.3.0', log('## 0.2.0 — 2027-01-10'))).toEqual([
      expect.stringMatching(/no entry "## 0\.3\.0/),
    ]);
    expect(releaseProblems('0.1.0', log('## 0.2.0 — 2027-01-10', '## 0.1.0 — 2026-12-03'))).toEqual(
      [expect.stringMatching(/newest entry is 0\.2\.0/)],
    );
    expect(releaseProblems('0.2.0', log('## 0.2.0 — 2027-02-30'))).toEqual([
      expect.stringMatching(/no real date/),
    ]);
  });

  it('has an entry for the version in package.json, so the repository can be released as it is', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(releaseProblems(version, readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'))).toEqual([]);
  });
});
