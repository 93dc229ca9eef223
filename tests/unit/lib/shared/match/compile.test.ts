import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../../lib/shared/corpus/types';
import { checkTables } from '../../../../../lib/shared/match/check-tables';
import { compileMatcher, firstWord } from '../../../../../lib/shared/match/compile';
import { createMatcher } from '../../../../../lib/shared/match/matcher';
import { packTables, unpackTables } from '../../../../../lib/shared/match/packed-tables';
import { CONTEXT_WORD } from '../../../../../lib/shared/match/patterns';
import { TablesView } from '../../../../../lib/shared/match/tables-view';

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

/** Every row of the tables as [key, alias, kind]. */
function rows(view: TablesView): Array<[string, string, number]> {
  return Array.from(view.tables.rowKey, (_, r) => [
    view.key(r),
    view.alias(r),
    view.tables.rowKind[r]!,
  ]);
}

describe('compileMatcher', () => {
  it('folds every alias, short form, title and notBefore word at build time', () => {
    const view = new TablesView(
      compileMatcher([
        entity({
          aliases: ['Lương Cường'],
          shortForms: ['Cường'],
          titles: ['Chủ tịch nước'],
          notBefore: ['Quốc'],
          caseRule: 'name',
        }),
      ]),
    );
    expect(rows(view)).toEqual([
      ['luong cuong', 'Lương Cường', 0],
      ['cuong', 'Cường', 1],
    ]);
    expect(view.rules(0)).toMatchObject({
      name: 1,
      titles: ['chu tich nuoc'],
      notBefore: ['quoc'],
      spellings: ['cường'],
    });
  });

  it('tries the longest form first where several start with the same word', () => {
    const m = createMatcher(
      compileMatcher([
        entity({
          id: 'apec-2025',
          kind: 'event',
          aliases: ['APEC summit', 'APEC Economic Leaders’ Week 2025', 'APEC 2025'],
        }),
      ]),
    );
    expect(m.findMentions('At the APEC Economic Leaders’ Week 2025 in Gyeongju.')).toMatchObject([
      { surface: 'APEC Economic Leaders’ Week 2025', alias: 'APEC Economic Leaders’ Week 2025' },
    ]);
  });

  it('adds the form of a middle initial without its full stop', () => {
    const view = new TablesView(compileMatcher([entity({ aliases: ['Marc E. Knapper'] })]));
    expect(rows(view).map((r) => r[0])).toEqual(['marc e. knapper', 'marc e knapper']);
  });

  it('records an event’s year and an entity’s need for context', () => {
    const view = new TablesView(
      compileMatcher([
        entity({
          id: 'apec-2025',
          kind: 'event',
          name: { en: 'APEC Week 2025', vi: '' },
          aliases: ['APEC 2025'],
        }),
        entity({ id: 'comprehensive-strategic-partnership', kind: 'agreement', aliases: ['CSP'] }),
      ]),
    );
    expect(view.rules(0).year).toBe(2025);
    expect(view.rules(1).needsContext).toBe(1);
    const context = rows(view).filter((_, r) => view.tables.rowKind[r] === CONTEXT_WORD);
    expect(context.map((r) => r[0])).toContain('viet nam');
  });

  it('keeps what a page needs about each entity: id, kind and name', () => {
    const m = createMatcher(
      compileMatcher([entity({ id: 'to-lam', name: { en: 'Tô Lâm', vi: 'Tô Lâm' } })]),
    );
    expect(m.entity('to-lam')).toEqual({ id: 'to-lam', kind: 'leader', name: 'Tô Lâm' });
    expect(m.entity('nobody')).toBeUndefined();
  });

  it('makes tables that survive packing and a structured clone (as IndexedDB stores them) and match the same', () => {
    const tables = compileMatcher(
      [entity({ id: 'to-lam', aliases: ['Tô Lâm', 'To Lam'], caseRule: 'name' })],
      'v1',
    );
    const copy = unpackTables(structuredClone(packTables(tables)));
    if (!copy) throw new Error('the clone was refused');
    const text = 'General Secretary Tô Lâm met To Lam.';
    expect(createMatcher(copy).findMentions(text)).toEqual(
      createMatcher(tables).findMentions(text),
    );
    expect(copy.source).toBe('v1');
  });
});

describe('checkTables', () => {
  const tables = compileMatcher([entity({ aliases: ['Tô Lâm'] })], 'v1');

  it('accepts tables as compiled', () => {
    expect(checkTables(tables)).toBe(tables);
  });

  it('refuses another format, a missing column, a column of the wrong type or an index out of range', () => {
    expect(checkTables({ ...tables, format: 1 })).toBeNull();
    expect(checkTables({ ...tables, rowKey: undefined })).toBeNull();
    expect(checkTables({ ...tables, rowKey: Array.from(tables.rowKey) })).toBeNull();
    expect(checkTables({ ...tables, rowEntity: Uint32Array.from([7]) })).toBeNull();
    expect(
      checkTables({
        ...tables,
        strings: { bytes: new Uint8Array(1), starts: tables.strings.starts },
      }),
    ).toBeNull();
    expect(checkTables(null)).toBeNull();
  });
});

describe('firstWord', () => {
  it('stops at the first unit that is not a letter or digit', () => {
    expect(firstWord("leaders' week")).toBe('leaders');
    expect(firstWord('1982 united')).toBe('1982');
  });
});
