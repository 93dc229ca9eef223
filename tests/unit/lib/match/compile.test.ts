import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../lib/corpus/types';
import { compileMatcher, firstWord } from '../../../../lib/match/compile';
import type { Patterns } from '../../../../lib/match/patterns';

function entity(over: Partial<Entity>): Entity {
  return {
    id: 'x',
    kind: 'leader',
    name: { en: 'X', vi: 'X' },
    role: { en: '', vi: '' },
    country: 'VN',
    aliases: [],
    ...over,
  };
}

const patternsOf = (entities: Entity[]): Patterns => compileMatcher(entities).patterns as Patterns;

describe('compileMatcher', () => {
  it('folds every alias, short form, title and notBefore word at build time', () => {
    const p = patternsOf([
      entity({
        aliases: ['Lương Cường'],
        shortForms: ['Cường'],
        titles: ['Chủ tịch nước'],
        notBefore: ['Quốc'],
        caseRule: 'name',
      }),
    ]);
    expect(p.rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['luong cuong', 'Lương Cường', 0],
      ['cuong', 'Cường', 1],
    ]);
    expect(p.rules[0]).toMatchObject({
      name: 1,
      titles: ['chu tich nuoc'],
      notBefore: ['quoc'],
      spellings: ['cường'],
    });
  });

  it('indexes rows by their first folded word, longest key first', () => {
    const p = patternsOf([
      entity({ aliases: ['APEC summit', 'APEC Economic Leaders’ Week 2025', 'APEC 2025'] }),
    ]);
    const keys = (p.byFirst.apec ?? []).map((r) => p.rows[r]?.[0]);
    expect(keys).toEqual(["apec economic leaders' week 2025", 'apec summit', 'apec 2025']);
  });

  it('adds the form of a middle initial without its full stop', () => {
    const p = patternsOf([entity({ aliases: ['Marc E. Knapper'] })]);
    expect(p.rows.map((r) => r[0])).toEqual(['marc e. knapper', 'marc e knapper']);
  });

  it('records an event’s year and an entity’s need for context', () => {
    const p = patternsOf([
      entity({
        id: 'apec-2025',
        kind: 'event',
        name: { en: 'APEC Week 2025', vi: '' },
        aliases: ['APEC 2025'],
      }),
      entity({ id: 'comprehensive-strategic-partnership', kind: 'agreement', aliases: ['CSP'] }),
    ]);
    expect(p.rules[0]?.year).toBe(2025);
    expect(p.rules[1]?.needsContext).toBe(1);
    expect(p.rows.filter((r) => r[3] === 2 && r[1] === 1).map((r) => r[0])).toContain('viet nam');
  });

  it('keeps only what the content script needs about each entity', () => {
    const data = compileMatcher([entity({ id: 'to-lam', name: { en: 'Tô Lâm', vi: 'Tô Lâm' } })]);
    expect(data.entities).toEqual([{ id: 'to-lam', kind: 'leader', name: 'Tô Lâm' }]);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('firstWord', () => {
  it('stops at the first unit that is not a letter or digit', () => {
    expect(firstWord("leaders' week")).toBe('leaders');
    expect(firstWord('1982 united')).toBe('1982');
  });
});
