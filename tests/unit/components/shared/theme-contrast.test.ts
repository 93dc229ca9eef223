import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../lib/shared/settings/theme';

const css = readFileSync(
  join(import.meta.dirname, '../../../../components/shared/theme.css'),
  'utf8',
);

/** The hex colour tokens of the first rule whose selector contains `selector`. */
function tokens(selector: string): Map<string, number[]> {
  const at =
    css.indexOf(`${selector} {`) >= 0 ? css.indexOf(`${selector} {`) : css.indexOf(selector);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  const out = new Map<string, number[]>();
  for (const m of body.matchAll(/--(bs-[a-z-]+):\s*#([0-9a-f]{6})/gi)) {
    const hex = m[2] as string;
    out.set(
      m[1] as string,
      [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)),
    );
  }
  return out;
}

/** Text colour on background, as the card, popup, options and reader use them. */
const PAIRS: [string, string][] = [
  ['bs-fg', 'bs-bg'],
  ['bs-fg', 'bs-bg-soft'],
  ['bs-fg', 'bs-bg-hover'],
  ['bs-fg-soft', 'bs-bg'],
  ['bs-fg-soft', 'bs-bg-soft'],
  ['bs-fg-faint', 'bs-bg'],
  ['bs-fg-faint', 'bs-bg-soft'],
  ['bs-accent', 'bs-bg'],
  ['bs-fg', 'bs-accent-soft'],
  ['bs-error', 'bs-bg'],
  ['bs-focus', 'bs-bg'],
];

describe.each([
  ['light', "[data-bs-theme='light']"],
  ['dark', "[data-bs-theme='dark']"],
  ['system dark', ':root:not([data-bs-theme])'],
])('the %s theme', (_name, selector) => {
  const t = tokens(selector);
  it.each(PAIRS)('gives %s on %s at least WCAG AA contrast (4.5:1)', (fg, bg) => {
    const a = t.get(fg);
    const b = t.get(bg);
    expect(a && b, `${fg} and ${bg} are defined`).toBeTruthy();
    expect(contrastRatio(a as number[], b as number[])).toBeGreaterThanOrEqual(4.5);
  });
});
