import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, deriveTitle } from '../../../../../lib/shared/corpus/derive-title';
import { firstSentence } from '../../../../../lib/shared/corpus/sentences';

describe('firstSentence', () => {
  it('stops at the first full stop that ends a sentence', () => {
    expect(firstSentence('Lee met Cường. They talked.')).toBe('Lee met Cường.');
    expect(firstSentence('Is it? Yes.')).toBe('Is it?');
  });

  it('does not stop at initials, abbreviations or numbers', () => {
    expect(
      firstSentence('Mr. Trump met U.S. Ambassador Marc E. Knapper on 7.5 terms. Then left.'),
    ).toBe('Mr. Trump met U.S. Ambassador Marc E. Knapper on 7.5 terms.');
  });

  it('returns the whole text when no sentence ends', () => {
    expect(firstSentence('no stop at all')).toBe('no stop at all');
  });
});

describe('deriveTitle', () => {
  it('uses a short first sentence whole, without its full stop', () => {
    expect(deriveTitle('Lee met Cường in Gyeongju. More text.')).toBe('Lee met Cường in Gyeongju');
  });

  it('cuts a long sentence at a word boundary and marks the cut', () => {
    const lead = `${'word '.repeat(40)}end.`;
    const title = deriveTitle(lead);
    expect(title.endsWith('word…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 1);
    expect(lead.startsWith(title.slice(0, -1))).toBe(true);
  });
});
