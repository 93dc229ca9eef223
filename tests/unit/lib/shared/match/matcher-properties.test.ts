import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gazetteerMatcher } from './gazetteer-matcher';

const m = gazetteerMatcher();

/** Pieces that make sentences full of names, look-alikes and awkward characters. */
const FRAGMENTS = [
  'Lương Cường',
  'Luong Cuong',
  'LƯƠNG CƯỜNG',
  'Cường',
  'tăng cường',
  'Lý Cường',
  'Donald Trump',
  'Trump',
  'Trump’s',
  'trump card',
  'Eric Trump',
  'Lee Jae-myung',
  'Lee',
  'Robert E. Lee',
  'President',
  'Tổng thống',
  'Nguyễn Hồng Diên',
  'Diên',
  'Tô Lâm',
  'Lâm Đồng',
  'Jamieson Greer',
  'Greer',
  'APEC 2025',
  'APEC',
  '2027',
  'Hiệp định thương mại đối ứng',
  'thuế đối ứng',
  'comprehensive strategic partnership',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  '\n\n',
  '-',
  '–',
  '.',
  ',',
  '\u00ad',
  '\u200b',
  'the',
  'and',
  'said',
];

const sentence = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** Filler that can never spell a name: lower-case words over letters no alias is made of. */
const filler = fc
  .array(fc.stringMatching(/^[bfhkqxz]{1,6}$/), { maxLength: 8 })
  .map((w) => w.join(' '));

describe('matcher properties', () => {
  it('reports offsets that slice back to the surface, in order and without overlaps', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        let last = 0;
        for (const x of m.findMentions(text)) {
          expect(text.slice(x.start, x.end)).toBe(x.surface);
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          last = x.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same mentions in NFC and in NFD', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const view = (t: string): string[] =>
          m.findMentions(t).map((x) => `${x.entityId}|${x.rule}|${x.surface.normalize('NFC')}`);
        expect(view(text.normalize('NFD'))).toEqual(view(text.normalize('NFC')));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same mentions whatever neutral text surrounds them', () => {
    fc.assert(
      fc.property(sentence, filler, filler, (text, before, after) => {
        const prefix = `${before}\n\n`;
        const shifted = m
          .findMentions(`${prefix}${text}\n\n${after}`)
          .map((x) => ({ ...x, start: x.start - prefix.length, end: x.end - prefix.length }));
        expect(shifted).toEqual(m.findMentions(text));
      }),
      { numRuns: 400 },
    );
  });
});
