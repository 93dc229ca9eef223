import { describe, expect, it } from 'vitest';
import { unpackPageMatch } from '../../../../../lib/shared/messages/page-wire';

const entity = { id: 'to-lam', kind: 'leader' as const, name: 'Tô Lâm' };

describe('page wire', () => {
  it('unpacks each mention from its eight numbers', () => {
    const match = { entities: [entity], strings: ['Tô Lâm'], mentions: [0, 4, 0, 10, 0, 0, 0, 0] };
    expect(unpackPageMatch(match)).toEqual([
      { from: [0, 4], to: [0, 10], entity, alias: 'Tô Lâm', surface: 'Tô Lâm', rule: 'full' },
    ]);
  });

  it('drops entries that point outside the lists or hold what no offset can be, instead of trusting them', () => {
    const strings = ['Tô Lâm'];
    const bad = [
      [0, 4, 0, 10, 1, 0, 0, 0],
      [0, 4, 0, 10, 0, 3, 0, 0],
      [0, 4, 0, 10, 0, 0, 0, 9],
      [0, -1, 0, 10, 0, 0, 0, 0],
      [0, 0.5, 0, 10, 0, 0, 0, 0],
      [0, 4, 0],
    ];
    for (const mentions of bad)
      expect(unpackPageMatch({ entities: [entity], strings, mentions })).toEqual([]);
  });
});
