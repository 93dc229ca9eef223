import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, sentenceAround } from '../../../../../lib/background/db/sentence-around';

function around(text: string, surface: string) {
  const start = text.indexOf(surface);
  const found = sentenceAround(text, start, start + surface.length);
  return { ...found, marked: found.sentence.slice(found.start, found.end) };
}

describe('sentenceAround', () => {
  it('returns the sentence holding the span with the span’s offsets inside it', () => {
    const r = around('First one. President Lương Cường spoke today! Then more.', 'Lương Cường');
    expect(r.sentence).toBe('President Lương Cường spoke today!');
    expect(r.marked).toBe('Lương Cường');
  });

  it('does not end a sentence at titles, initials or U.S.', () => {
    const r = around(
      'Intro. Mr. Marc E. Knapper met U.S. officials and Donald Trump. Next.',
      'Donald Trump',
    );
    expect(r.sentence).toBe('Mr. Marc E. Knapper met U.S. officials and Donald Trump.');
    expect(r.marked).toBe('Donald Trump');
  });

  it('stops at line breaks', () => {
    const r = around('Headline\nLương Cường arrived', 'Lương Cường');
    expect(r.sentence).toBe('Lương Cường arrived');
  });

  it('cuts a very long sentence around the span and keeps the span marked', () => {
    const text = `${'word '.repeat(200)}Donald Trump ${'more '.repeat(200)}end.`;
    const r = around(text, 'Donald Trump');
    expect(r.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE + 2);
    expect(r.sentence.startsWith('…')).toBe(true);
    expect(r.sentence.endsWith('…')).toBe(true);
    expect(r.marked).toBe('Donald Trump');
  });
});
