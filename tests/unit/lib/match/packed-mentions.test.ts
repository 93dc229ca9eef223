import { describe, expect, it } from 'vitest';
import { packMentions, unpackMentions } from '../../../../lib/match/packed-mentions';
import { gazetteerMatcher } from './gazetteer-matcher';

const matcher = gazetteerMatcher();
const texts = [
  'President Lương Cường met Donald Trump; Trump and Lương Cường spoke again.',
  'Nothing to see.',
  'Tổng Bí thư Tô Lâm và Tổng thống Lee Jae-myung.',
];

describe('packed mentions', () => {
  it('unpack what was packed, text by text, exactly as the matcher found it', () => {
    const found = texts.map((t) => matcher.findMentions(t));
    expect(found.flat().length).toBeGreaterThan(5);
    const packed = JSON.parse(JSON.stringify(packMentions(found)));
    texts.forEach((t, i) => expect(unpackMentions(packed, i, t)).toEqual(found[i]));
  });

  it('lists each entity and alias once', () => {
    const packed = packMentions(texts.map((t) => matcher.findMentions(t)));
    expect(new Set(packed.entityIds).size).toBe(packed.entityIds.length);
    expect(packed.entityIds).toContain('luong-cuong');
  });

  it('drops entries that point outside the text or the lists instead of trusting them', () => {
    const packed = {
      entityIds: ['to-lam'],
      aliases: ['Tô Lâm'],
      texts: [[0, 0, 6, 0, 0, 0, 5, 99, 0, 0, 7, 0, 6, 0, 0, 0, 0, 6, 3, 0, 0, 2, 1, 0, 9]],
    };
    expect(unpackMentions(packed, 0, 'Tô Lâm spoke')).toEqual([
      { entityId: 'to-lam', start: 0, end: 6, surface: 'Tô Lâm', alias: 'Tô Lâm', rule: 'full' },
    ]);
    expect(unpackMentions(packed, 3, 'x')).toEqual([]);
  });
});
