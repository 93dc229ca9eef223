import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../lib/shared/format/segments';

describe('segmentText', () => {
  it('cuts a text into plain and marked runs at the span edges', () => {
    const text = 'President Lương Cường met Trump.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const parts = segmentText(text, [
      { ...at('Lương Cường'), data: 'luong-cuong' },
      { ...at('Trump'), data: 'donald-trump' },
    ]);
    expect(parts).toEqual([
      { text: 'President ' },
      { text: 'Lương Cường', mark: 'luong-cuong' },
      { text: ' met ' },
      { text: 'Trump', mark: 'donald-trump' },
      { text: '.' },
    ]);
  });

  it('accepts spans in any order and skips overlapping, empty and out-of-range ones', () => {
    const text = 'Lee Jae-myung hosted';
    const parts = segmentText(text, [
      { start: 4, end: 13, data: 'b' },
      { start: 0, end: 13, data: 'a' },
      { start: 5, end: 5, data: 'empty' },
      { start: 15, end: 99, data: 'outside' },
    ]);
    expect(parts).toEqual([{ text: 'Lee Jae-myung', mark: 'a' }, { text: ' hosted' }]);
  });

  it('always joins back into the original text', () => {
    const text = 'abc def ghi';
    const parts = segmentText(text, [
      { start: 0, end: 3, data: 1 },
      { start: 8, end: 11, data: 2 },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(segmentText('', [])).toEqual([{ text: '' }]);
  });
});
