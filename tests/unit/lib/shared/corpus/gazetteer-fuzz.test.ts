import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusErrorsOf } from '../../../../../lib/shared/corpus/corpus-error';
import { parseArticleMeta } from '../../../../../lib/shared/corpus/article-meta';
import { parseGazetteer } from '../../../../../lib/shared/corpus/gazetteer';

const FILE = 'seeds/gazetteer.json';
const REAL = readFileSync(join(import.meta.dirname, '../../../../../seeds/gazetteer.json'), 'utf8');

/** Run `parse`; a failure must be the build's own errors for `file`, each with a line in `text` and a reason. */
function checkErrors(parse: () => unknown, file: string, text: string): void {
  let thrown: unknown;
  try {
    parse();
    return;
  } catch (err) {
    thrown = err;
  }
  const errors = corpusErrorsOf(thrown);
  if (!errors) throw new Error(`not a CorpusError: ${String(thrown)}`, { cause: thrown });
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const e of errors) {
    expect(e.file).toBe(file);
    expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines + 1).toBe(true);
    expect(e.reason.trim()).not.toBe('');
  }
}

/** Parse `text` as the gazetteer: entities with ids, or the build's own errors. */
function checkOutcome(text: string): void {
  checkErrors(
    () => {
      for (const e of parseGazetteer(FILE, text)) expect(typeof e.id).toBe('string');
    },
    FILE,
    text,
  );
}

/** The real gazetteer with a random piece cut out, repeated or replaced by a JSON-ish token. */
const damagedReal = fc
  .tuple(
    fc.nat({ max: REAL.length }),
    fc.nat({ max: 400 }),
    fc.constantFrom(
      '',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      'null',
      '42',
      '"x"',
      '\\u0000',
      '\n',
      'true',
    ),
  )
  .map(
    ([at, cut, token]) => REAL.slice(0, at) + token + REAL.slice(Math.min(REAL.length, at + cut)),
  );

/** A real entity with one field swapped for anything at all. */
const oddEntity = fc
  .tuple(
    fc.constantFrom(...(JSON.parse(REAL) as { entities: Record<string, unknown>[] }).entities),
    fc.constantFrom(
      'id',
      'kind',
      'name',
      'role',
      'country',
      'aliases',
      'shortForms',
      'titles',
      'notBefore',
      'caseRule',
      'extra',
    ),
    fc.jsonValue(),
  )
  .map(([entity, field, value]) =>
    JSON.stringify({ schema: 1, entities: [{ ...entity, [field]: value }] }, null, 2),
  );

describe('parseGazetteer on arbitrary input', () => {
  it('returns entities or throws CorpusErrors with file, line and reason for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), checkOutcome), {
      numRuns: 400,
    });
  });

  it('does the same for any JSON value, bare or in the gazetteer’s envelope', () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const text = fc.oneof(
      value.map((v) => JSON.stringify(v)),
      value.map((v) => JSON.stringify({ schema: 1, entities: v }, null, 2)),
      fc
        .array(value, { maxLength: 4 })
        .map((list) => JSON.stringify({ schema: 1, entities: list })),
    );
    fc.assert(fc.property(text, checkOutcome), { numRuns: 400 });
  });

  it('does the same for the real gazetteer with a piece cut out or replaced', () => {
    fc.assert(fc.property(damagedReal, checkOutcome), { numRuns: 300 });
  });

  it('does the same for a real entity with one field of any type', () => {
    fc.assert(fc.property(oddEntity, checkOutcome), { numRuns: 400 });
  });

  it('accepts the real gazetteer as it is (the property is not vacuous)', () => {
    expect(parseGazetteer(FILE, REAL).length).toBeGreaterThan(5);
  });
});

describe('parseArticleMeta (the seed sidecar) on arbitrary input', () => {
  it('returns metadata or throws CorpusErrors with file, line and reason', () => {
    const file = 'seeds/x.meta.json';
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v, null, 2)),
      fc
        .dictionary(fc.constantFrom('date', 'title', 'source', 'url', 'other'), fc.jsonValue())
        .map((d) => JSON.stringify(d, null, 2)),
    );
    fc.assert(
      fc.property(text, (t) => checkErrors(() => parseArticleMeta(file, t), file, t)),
      { numRuns: 400 },
    );
  });
});
