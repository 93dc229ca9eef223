import { describe, expect, it } from 'vitest';
import {
  PARAGRAPH,
  SPACE,
  foldKey,
  foldText,
  isWordUnit,
} from '../../../../../lib/shared/match/fold';

/** The folded units as a string, and each unit's original slice. */
function unfold(text: string): { folded: string; slices: string[] } {
  const f = foldText(text);
  const slices: string[] = [];
  let folded = '';
  for (let k = 0; k < f.length; k++) {
    folded += String.fromCharCode(f.units[k] as number);
    slices.push(text.slice(f.starts[k], f.ends[k]));
  }
  return { folded, slices };
}

describe('foldText', () => {
  it('strips accents and lowers case in NFC and NFD alike', () => {
    expect(unfold('LƯƠNG Cường').folded).toBe('luong cuong');
    expect(unfold('LƯƠNG Cường'.normalize('NFD')).folded).toBe('luong cuong');
  });

  it('folds Đ and đ to d', () => {
    expect(unfold('Đối đầu').folded).toBe('doi dau');
  });

  it('keeps a combining mark inside the span of the letter it sits on', () => {
    const nfd = 'Lê'.normalize('NFD');
    const { slices } = unfold(nfd);
    expect(slices).toEqual(['L', 'e\u0302']);
  });

  it('maps every unit back to the original offsets it came from', () => {
    const text = 'Tô\u00a0Lâm — and\u00adso';
    const { folded, slices } = unfold(text);
    expect(folded).toBe('to lam andso');
    expect(slices).toEqual(['T', 'ô', '\u00a0', 'L', 'â', 'm', ' — ', 'a', 'n', 'd', 's', 'o']);
  });

  it('turns runs of white space, NBSP, dashes and one line break into a single space', () => {
    expect(unfold('a \u00a0 b-c\u2013d \u2014 e\nf\r\ng').folded).toBe('a b c d e f g');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(unfold('Lư\u00adơng\u200b Cư\u200dờng\u2060\ufeff').folded).toBe('luong cuong');
  });

  it('folds curly apostrophes to the straight one', () => {
    expect(unfold('Trump’s Leaders‘ X\u02bcY').folded).toBe("trump's leaders' x'y");
  });

  it('turns two line breaks, or U+2029, into a paragraph boundary', () => {
    const f = foldText('a\n \nb\u2029c\r\n\r\nd');
    const units = Array.from(f.units.subarray(0, f.length));
    expect(units.filter((u) => u === PARAGRAPH)).toHaveLength(3);
    expect(units).not.toContain(SPACE);
  });

  it('reuses a buffer that is large enough and grows one that is not', () => {
    const first = foldText('a long enough sentence to size the buffer');
    expect(foldText('short', first)).toBe(first);
    const grown = foldText('x'.repeat(5000), first);
    expect(grown).not.toBe(first);
    expect(grown.length).toBe(5000);
  });

  it('folds words, space runs and marks that straddle its 4,096-unit blocks as if whole', () => {
    const piece = 'Nguye\u0302\u0303n   \n\n  Lê,\u00adx ';
    for (const pad of [4090, 4093, 4095, 4096, 4098]) {
      const text = 'a'.repeat(pad) + ' ' + piece + piece;
      const whole = foldText(text);
      const alone = foldText(' ' + piece + piece);
      const shift = whole.length - alone.length;
      for (let k = 0; k < alone.length; k++) {
        expect(whole.units[k + shift]).toBe(alone.units[k]);
        expect(whole.starts[k + shift]).toBe((alone.starts[k] as number) + pad);
        expect(whole.ends[k + shift]).toBe((alone.ends[k] as number) + pad);
      }
      const words = whole.wordCount - alone.wordCount;
      for (let w = 0; w < alone.wordCount; w++) {
        expect(whole.wordHashes[w + words]).toBe(alone.wordHashes[w]);
        expect(whole.wordStarts[w + words]).toBe((alone.wordStarts[w] as number) + shift);
      }
    }
  });
});

describe('foldKey', () => {
  it('gives the plain folded string, trimmed, with breaks as spaces', () => {
    expect(foldKey('  Hiệp định\n\nthương mại  ')).toBe('hiep dinh thuong mai');
    expect(foldKey('Viet Nam–US')).toBe(foldKey('Việt Nam – US'));
  });
});

describe('isWordUnit', () => {
  it('counts letters and digits of any script as word units, punctuation not', () => {
    expect([...'a9한'].map((c) => isWordUnit(c.charCodeAt(0)))).toEqual([true, true, true]);
    expect([...".' ,"].map((c) => isWordUnit(c.charCodeAt(0)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
