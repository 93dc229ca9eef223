import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLint, type LintMessage } from '../../../scripts/lint/check-lint';
import { FIREFOX_LINT_ALLOWLIST } from '../../../scripts/lint/firefox-allowlist';

const ROOT = join(import.meta.dirname, '../../..');

/** Built files as the linter saw them: one minified line each. */
const BUILT: Record<string, string> = {
  'card.js': 'x;y;z;w;a(t),g?(t.innerHTML=g.__html,e.__k=[]):0',
  'chunks/theme-AbC123.js': 'k?(e.innerHTML=k.__html,n.__k=[]):0',
  'clipper.js':
    '\nif(_e<this._charThreshold)if(ie=!1,e.innerHTML=r,this._attempts.push({})' +
    ';var l=e.createElement("div");l.innerHTML=r.innerHTML;var a=r.previousElementSibling;',
};

const warn = (file: string, line: number, column: number): LintMessage => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line,
  column,
});

/** Where the linter points: the `.innerHTML` of the n-th assignment in the file's line. */
function at(file: string, line: number, nth = 0): LintMessage {
  const text = BUILT[file]!.split('\n')[line - 1]!;
  let column = -1;
  for (let i = 0; i <= nth; i++) column = text.indexOf('.innerHTML=', column + 1);
  return warn(file, line, column);
}

const known = [
  at('card.js', 1),
  at('chunks/theme-AbC123.js', 1),
  at('clipper.js', 2, 0),
  at('clipper.js', 2, 1),
];

const check = (warnings: LintMessage[], errors: LintMessage[] = []) =>
  checkLint({ errors, warnings, notices: [] }, FIREFOX_LINT_ALLOWLIST, (f) => BUILT[f] ?? '');

describe('check-lint', () => {
  it('passes when every warning is one the allowlist explains', () => {
    const verdict = check(known);
    expect(verdict.problems).toEqual([]);
    expect(verdict.allowed).toHaveLength(4);
  });

  it('fails on a new innerHTML warning, even in a file that has an explained one', () => {
    BUILT['popup-extra.js'] = 'el.innerHTML=text';
    const verdict = check([...known, at('popup-extra.js', 1)]);
    expect(verdict.problems).toEqual([expect.stringMatching(/^new warning .*popup-extra\.js/)]);
  });

  it('fails on any error', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad', file: 'manifest.json' };
    expect(check(known, [error]).problems).toEqual([expect.stringMatching(/^error MANIFEST/)]);
  });

  it('fails when an explained warning is gone, so the explanation does not outlive its line', () => {
    const verdict = check(known.slice(1));
    expect(verdict.problems).toEqual([expect.stringMatching(/preact.*matched 0 warnings/)]);
  });

  it('names library lines that really say what the allowlist quotes', () => {
    for (const entry of FIREFOX_LINT_ALLOWLIST) {
      const [, pkg, file, line, code] =
        /^(\S+) [\d.]+, (\S+):(\d+): `(.+)`$/.exec(entry.library) ?? [];
      const source = readFileSync(join(ROOT, 'node_modules', pkg!, file!), 'utf8');
      expect(source.split('\n')[Number(line) - 1]?.trim()).toBe(code);
    }
  });
});
