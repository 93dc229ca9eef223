import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../../lib/content/highlighter';
import { KIND_COLOURS } from '../../../../lib/shared/kind-colours';

const theme = readFileSync(
  join(import.meta.dirname, '../../../../components/shared/theme.css'),
  'utf8',
);

describe('kind colours', () => {
  it('are the same in the UI (theme.css) as in the page’s highlights', () => {
    const rules = Object.fromEntries(
      [...theme.matchAll(/\.bs-kind-([a-z]+)\s*\{\s*--bs-kind:\s*rgb\(([\d ]+)\);/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    expect(rules).toEqual(KIND_COLOURS);
    for (const rgb of Object.values(KIND_COLOURS)) expect(highlightCss()).toContain(`rgb(${rgb} /`);
  });

  it('are declared once among the UI styles', () => {
    const dir = join(import.meta.dirname, '../../../../components');
    for (const css of ['card/hover-card.css', 'popup/popup.css', 'shared/article-list.css'])
      expect(readFileSync(join(dir, css), 'utf8')).not.toMatch(/\.bs-kind-[a-z]+\s*\{/);
  });
});
