import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../../../../lib/background/search/snippet';

describe('snippetAround', () => {
  it('marks the original accented word for a folded term', () => {
    const s = snippetAround('Hôm nay Chủ tịch nước Lương Cường phát biểu.', ['luong']);
    expect(s.highlight && s.text.slice(s.highlight.start, s.highlight.end)).toBe('Lương');
  });

  it('cuts a long text around the match with ellipses and keeps offsets exact', () => {
    const text = `${'alpha '.repeat(60)}Donald Trump\n\nspoke ${'omega '.repeat(60)}`;
    const s = snippetAround(text, ['trump']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.highlight && s.text.slice(s.highlight.start, s.highlight.end)).toBe('Trump');
    expect(s.text).not.toContain('\n');
  });

  it('does not match a term in the middle of a word', () => {
    expect(snippetAround('Nothing about trumpets here.', ['pet']).highlight).toBeNull();
  });

  it('falls back to the opening of the text when no term is in it', () => {
    expect(snippetAround('Opening words of the article.', ['absent'])).toEqual({
      text: 'Opening words of the article.',
      highlight: null,
    });
  });
});

describe('snippetAround marking', () => {
  it('marks the whole word when the term is its beginning', () => {
    const s = snippetAround('New tariffs were announced.', ['tariff']);
    expect(s.highlight && s.text.slice(s.highlight.start, s.highlight.end)).toBe('tariffs');
  });
});
