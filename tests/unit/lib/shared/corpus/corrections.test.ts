import { describe, expect, it } from 'vitest';
import { parseReviewed } from '../../../../../lib/shared/corpus/gazetteer';

describe('corrections', () => {
  it('reads patches, merges and blocks of a schema 2 gazetteer with their lines', () => {
    const text = `{
  "schema": 2,
  "entities": [],
  "corrections": [
    { "entity": "Marc Knapper", "shortForms": ["Knapper"] },
    { "merge": ["hiep-dinh", "Reciprocal Trade Agreement"] },
    { "block": "Mekong-RoK Summit 2025", "why": "not one of ours" }
  ]
}`;
    expect(parseReviewed('g.json', text).corrections).toEqual([
      { line: 5, action: 'patch', target: 'Marc Knapper', patch: { shortForms: ['Knapper'] } },
      { line: 6, action: 'merge', targets: ['hiep-dinh', 'Reciprocal Trade Agreement'] },
      { line: 7, action: 'block', target: 'Mekong-RoK Summit 2025', why: 'not one of ours' },
    ]);
  });

  it('reports a correction that does nothing, or a merge of one, as file:line: reason', () => {
    const text =
      '{ "schema": 2, "entities": [],\n "corrections": [\n { "rename": "x" },\n { "merge": ["a"] } ] }';
    expect(() => parseReviewed('g.json', text)).toThrow(
      /g\.json:3: correction #1 needs "entity"[\s\S]*g\.json:4: "merge" of correction #2 needs two/,
    );
  });
});
