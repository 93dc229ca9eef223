import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../../lib/shared/corpus/types';
import { compileMatcher } from '../../../../../lib/shared/match/compile';
import { layerMatchers } from '../../../../../lib/shared/match/layered';
import { createMatcher } from '../../../../../lib/shared/match/matcher';
import type { Matcher } from '../../../../../lib/shared/match/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../..');
const { entities } = JSON.parse(readFileSync(join(ROOT, 'seeds/gazetteer.json'), 'utf8')) as {
  entities: Entity[];
};

/** Real paragraphs: the seed articles' and the held-out excerpts' (where the shared folder is). */
function realTexts(): string[] {
  const seeds = readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8').split(/\n\s*\n/));
  let excerpts: string[] = [];
  try {
    const dev = JSON.parse(readFileSync(join(ROOT, '../shared/eval/dev.json'), 'utf8')) as Array<{
      text: string;
    }>;
    excerpts = dev.map((d) => d.text);
  } catch {
    // Outside this checkout's workspace there are only the seeds.
  }
  return [...seeds, ...excerpts].filter((t) => t.trim() !== '');
}

const one = (list: readonly Entity[]): Matcher => createMatcher(compileMatcher(list));

/** For each entity: it alone on top, every other one below, and the single matcher of all. */
const splits = entities.map((top) => ({
  id: top.id,
  layered: layerMatchers(one(entities.filter((e) => e !== top)), one([top])),
}));
const whole = one(entities);

const FRAGMENTS = [
  ...entities.flatMap((e) => [...e.aliases.slice(0, 3), ...(e.shortForms ?? []).slice(0, 2)]),
  'President',
  'Ambassador',
  'Tổng thống',
  'Chủ tịch nước',
  'tăng cường',
  'trump card',
  '2027',
  ' ',
  ', ',
  '. ',
  '\n\n',
  'and',
  'với',
];

describe('two matchers layered as one', () => {
  it('find what the one matcher of all the entities finds, in every real paragraph', () => {
    const texts = realTexts();
    expect(texts.length).toBeGreaterThan(20);
    const expected = whole.findInPage(texts);
    expect(expected.flat().length).toBeGreaterThan(50);
    for (const { id, layered } of splits) {
      expect({ id, found: layered.findInPage(texts) }).toEqual({ id, found: expected });
      expect({ id, sift: layered.sift(texts) }).toEqual({ id, sift: whole.sift(texts) });
    }
  });

  it('find the same in any text made of names, titles and look-alikes', () => {
    const text = fc
      .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 24 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.nat(splits.length - 1),
        (texts, k) => {
          const { layered } = splits[k] as (typeof splits)[number];
          expect(layered.findInPage(texts)).toEqual(whole.findInPage(texts));
          expect(layered.findMentions(texts[0] as string)).toEqual(
            whole.findMentions(texts[0] as string),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('know the entities of both layers', () => {
    const top = entities[0] as Entity;
    const layered = layerMatchers(one(entities.slice(1)), one([top]));
    expect(layered.entity(top.id)?.name).toBe(top.name.en);
    expect(layered.entity((entities[1] as Entity).id)).toBeDefined();
    expect(layered.entity('nobody')).toBeUndefined();
  });
});
