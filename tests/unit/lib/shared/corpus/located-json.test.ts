import { describe, expect, it } from 'vitest';
import { parseLocatedJson } from '../../../../../lib/shared/corpus/located-json';
import { corpusErrorFrom } from './corpus-error-helpers';

describe('parseLocatedJson', () => {
  it('parses what JSON.parse parses', () => {
    const text = '{ "a": [1, -2.5e3, true, false, null], "b": { "c": "x\\n\\u0041\\"" }, "d": [] }';
    expect(parseLocatedJson('f', text).value).toEqual(JSON.parse(text));
  });

  it('knows the line of every object, array and member', () => {
    const text = '{\n  "list": [\n    { "id": 1 },\n\n    {\n      "id": 2\n    }\n  ]\n}';
    const json = parseLocatedJson('f', text);
    const root = json.value as { list: object[] };
    expect(json.lineOf(root, 'list')).toBe(2);
    expect(json.lineOf(root.list, 0)).toBe(3);
    expect(json.lineOf(root.list, 1)).toBe(5);
    expect(json.lineOf(root.list[1] as object, 'id')).toBe(6);
    expect(json.lineOf(root.list[1] as object)).toBe(5);
    expect(json.lineOf({})).toBe(1);
  });

  it('keeps a "__proto__" key as plain data', () => {
    const value = parseLocatedJson('f', '{"__proto__": {"polluted": 1}}').value as Record<
      string,
      unknown
    >;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, /expected a property name/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, /expected ","/],
    ['[\n1,\n2', 3, /expected ","/],
    ['{"a": 1, "a": 2}', 1, /duplicate key "a"/],
    ['{\n"a": "one\ntwo"}', 2, /line break inside a string/],
    ['\n\n  nope', 3, /expected a value/],
    ['{}\n{}', 2, /after the JSON value/],
    ['"\\x"', 1, /bad escape/],
    ['', 1, /expected a value, found end of file/],
  ])('reports bad JSON %j at line %i', (text, line, reason) => {
    const e = corpusErrorFrom(() => parseLocatedJson('seeds/g.json', text));
    expect([e.file, e.line]).toEqual(['seeds/g.json', line]);
    expect(e.reason).toMatch(/^invalid JSON: /);
    expect(e.reason).toMatch(reason);
  });
});
