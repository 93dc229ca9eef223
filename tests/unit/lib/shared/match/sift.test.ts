import { describe, expect, it } from 'vitest';
import { gazetteerMatcher } from './gazetteer-matcher';

const m = gazetteerMatcher();
const starts = (text: string) => m.sift([text])[0];

describe('sift', () => {
  it('gives every place where a mention starts, and nothing on a text that names nobody', () => {
    const text = 'President Lương Cường met Donald Trump. Cường said.';
    const found = m.findMentions(text).map((x) => x.start);
    expect(found.every((s) => starts(text)?.includes(s))).toBe(true);
    expect(starts('The weather in Hà Nội was mild, and trade grew.')).toEqual([]);
  });

  it('leaves out short forms and names written in small letters, which never count', () => {
    expect(starts('a lee shore, a trump card')).toEqual([]);
  });

  it('finds names where two blocks ran together: after a small letter, a digit, or into the next word', () => {
    expect(starts('HomeDonald Trump')).toEqual([4, 11]);
    expect(starts('Lương Cường2025')).toEqual([0, 6]);
    expect(starts('2025Trump')).toEqual([4]);
    expect(starts('Trumpsaid')).toEqual([0]);
    expect(starts('Tô Lâmcomprehensive')).toEqual([0, 3]);
  });

  it('counts an agreement’s context words only where such an agreement may be named', () => {
    expect(starts('Việt Nam grew.')).toEqual([]);
    const text = 'Việt Nam and Korea lifted ties to a comprehensive strategic partnership.';
    expect(starts(text)).toEqual([0, 36]);
  });

  it('answers per text, with context words counted across the texts of one page', () => {
    expect(m.sift(['Việt Nam grew.', 'A comprehensive strategic partnership.'])).toEqual([
      [0],
      [2],
    ]);
  });
});
