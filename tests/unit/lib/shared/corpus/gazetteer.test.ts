import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusErrors } from '../../../../../lib/shared/corpus/corpus-error';
import { parseGazetteer } from '../../../../../lib/shared/corpus/gazetteer';
import { corpusErrorFrom } from './corpus-error-helpers';

const entity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'leader',
  name: { en: `Name ${id}`, vi: `Tên ${id}` },
  role: { en: 'Role', vi: 'Vai trò' },
  country: 'VN',
  aliases: [`Alias ${id}`],
  ...extra,
});
const gazetteer = (...entities: unknown[]) => JSON.stringify({ schema: 1, entities }, null, 2);
/** 1-based line of the n-th occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string, nth = 1) => {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  return text.slice(0, at).split('\n').length;
};

describe('parseGazetteer', () => {
  it('accepts the reviewed seed gazetteer with every entity the issue names', () => {
    const file = join(__dirname, '../../../../../seeds/gazetteer.json');
    const ids = parseGazetteer('seeds/gazetteer.json', readFileSync(file, 'utf8')).map((e) => e.id);
    for (const id of [
      'luong-cuong',
      'donald-trump',
      'lee-jae-myung',
      'nguyen-hong-dien',
      'unclos-1982',
      'mrt-31',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('returns the entities with optional fields only when present, in NFC', () => {
    const [e] = parseGazetteer(
      'g.json',
      gazetteer(entity('a', { shortForms: ['Cu\u031Bo\u0300\u031Bng'], caseRule: 'name' })),
    );
    expect(e).toEqual({ ...entity('a'), shortForms: ['Cường'], caseRule: 'name' });
  });

  it('rejects an entity without names at the line of that entity', () => {
    const nameless: Partial<ReturnType<typeof entity>> = entity('nameless');
    delete nameless.name;
    const text = gazetteer(entity('a'), nameless);
    const e = corpusErrorFrom(() => parseGazetteer('seeds/gazetteer.json', text));
    expect([e.file, e.line]).toEqual([
      'seeds/gazetteer.json',
      lineOf(text, '"id": "nameless"') - 1,
    ]);
    expect(e.reason).toBe('entity "nameless" has no names (needs "name": { "en", "vi" })');
  });

  it('rejects an empty Vietnamese name at the line of the field', () => {
    const text = gazetteer(entity('a'), entity('b', { name: { en: 'B', vi: ' ' } }));
    const e = corpusErrorFrom(() => parseGazetteer('g.json', text));
    expect(e.line).toBe(lineOf(text, '"vi": " "'));
    expect(e.reason).toMatch(/"vi" of "name" of entity "b" must be a non-empty string/);
  });

  it('rejects a duplicate entity id at the second one, naming the first', () => {
    const text = gazetteer(
      entity('twin'),
      entity('other'),
      entity('twin', { aliases: ['Another'] }),
    );
    const e = corpusErrorFrom(() => parseGazetteer('seeds/gazetteer.json', text));
    expect([e.file, e.line]).toEqual(['seeds/gazetteer.json', lineOf(text, '"id": "twin"', 2)]);
    expect(e.reason).toBe(
      `duplicate entity id "twin" (first at line ${lineOf(text, '"id": "twin"')})`,
    );
  });

  it('rejects bad JSON with its line', () => {
    const text = gazetteer(entity('a')).replace('"kind": "leader",', '"kind": "leader",,');
    const e = corpusErrorFrom(() => parseGazetteer('seeds/gazetteer.json', text));
    expect([e.file, e.line]).toEqual(['seeds/gazetteer.json', lineOf(text, ',,')]);
    expect(e.reason).toMatch(/^invalid JSON/);
  });

  it.each([
    ['a non-kebab id', { id: 'Luong_Cuong' }, '"id"', /kebab-case/],
    [
      'an unknown kind',
      { kind: 'person' },
      '"kind"',
      /"kind" of entity "x" must be one of leader, agreement/,
    ],
    ['empty aliases', { aliases: [] }, '"aliases"', /non-empty array of strings/],
    ['an empty alias', { aliases: ['A', ''] }, '""', /holds "", not a non-empty string/],
    ['a bad caseRule', { caseRule: 'exact' }, '"caseRule"', /must be one of name, phrase/],
    ['a misspelt field', { alias: ['A'] }, '"alias"', /unknown field "alias"/],
    ['a lowercase country', { country: 'vn' }, '"country"', /"country" of entity "x" is "vn"/],
    ['a titles string', { titles: 'President' }, '"titles"', /array of strings/],
  ])('rejects %s at the line of the field', (_what, extra, needle, reason) => {
    const text = gazetteer(entity('x', extra));
    const e = corpusErrorFrom(() => parseGazetteer('g.json', text));
    expect(e.line).toBe(lineOf(text, needle));
    expect(e.reason).toMatch(reason);
  });

  it('rejects an alias that two entities share', () => {
    const text = gazetteer(entity('a', { aliases: ['Lee'] }), entity('b', { aliases: ['LEE'] }));
    const e = corpusErrorFrom(() => parseGazetteer('g.json', text));
    expect(e.line).toBe(lineOf(text, '"LEE"'));
    expect(e.reason).toBe(
      `alias "LEE" of "b" is already an alias of "a" (line ${lineOf(text, '"Lee"')})`,
    );
  });

  it('reports every problem at once', () => {
    const text = gazetteer(entity('a', { kind: 'x' }), entity('b', { country: '' }));
    expect(() => parseGazetteer('g.json', text)).toThrow(CorpusErrors);
    try {
      parseGazetteer('g.json', text);
    } catch (e) {
      expect((e as CorpusErrors).errors.map((x) => x.line)).toEqual([
        lineOf(text, '"kind": "x"'),
        lineOf(text, '"country": ""'),
      ]);
    }
  });

  it('rejects a file that is not a schema-1 gazetteer', () => {
    expect(corpusErrorFrom(() => parseGazetteer('g.json', '[]')).reason).toMatch(/a gazetteer is/);
  });
});
