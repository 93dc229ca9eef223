import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildBundle,
  canonicalJson,
  mentionsIn,
} from '../../../../../lib/shared/match/build-bundle';
import type { Article, Entity } from '../../../../../lib/shared/corpus/types';
import type { FoundMention, Matcher } from '../../../../../lib/shared/match/types';
import { compileMatcher } from '../../../../../lib/shared/match/compile';
import { createMatcher } from '../../../../../lib/shared/match/matcher';
import { corpusErrorFrom } from '../corpus/corpus-error-helpers';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A stand-in matcher: finds fixed words, so these tests do not depend on lib/match. */
function fakeMatcher(words: Record<string, string>): Matcher {
  const matcher: Matcher = {
    entity: (id) =>
      Object.values(words).includes(id) ? { id, kind: 'leader', name: id } : undefined,
    findInPage: (texts) => texts.map((t) => matcher.findMentions(t)),
    sift: (texts) => texts.map(() => []),
    findMentions(text: string): FoundMention[] {
      const found: FoundMention[] = [];
      for (const [word, entityId] of Object.entries(words)) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          found.push({
            entityId,
            start: at,
            end: at + word.length,
            surface: word,
            alias: word,
            rule: 'full',
          });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
  return matcher;
}

const article = (id: string, title: string, paragraphs: string[]): Article => ({
  id,
  date: null,
  title,
  language: 'en',
  place: null,
  source: null,
  author: null,
  paragraphs,
  origin: 'bundled',
});
const entity = (id: string): Entity => ({
  id,
  kind: 'leader',
  name: { en: id, vi: id },
  role: { en: 'r', vi: 'r' },
  country: 'VN',
  aliases: [id],
});
const matcher = fakeMatcher({ Trump: 'donald-trump', 'Lương Cường': 'luong-cuong' });
const entities = [entity('donald-trump'), entity('luong-cuong')];
const articles = [
  article('b', 'Trump visits', ['Lương Cường met Trump.', 'Nothing here.', 'Then Trump left.']),
  article('a', 'Quiet day', ['No names.']),
];

describe('buildBundle', () => {
  it('links each article to the entities in its title and paragraphs, with offsets into that text', () => {
    const bundle = buildBundle({ articles, entities, matcher, hash: sha256 });
    expect(
      bundle.mentions.map((m) => [m.articleId, m.entityId, m.paragraph, m.start, m.end, m.surface]),
    ).toEqual([
      ['b', 'donald-trump', -1, 0, 5, 'Trump'],
      ['b', 'luong-cuong', 0, 0, 11, 'Lương Cường'],
      ['b', 'donald-trump', 0, 16, 21, 'Trump'],
      ['b', 'donald-trump', 2, 5, 10, 'Trump'],
    ]);
    for (const m of bundle.mentions) {
      const a = bundle.articles.find((x) => x.id === m.articleId);
      const text = m.paragraph === -1 ? a?.title : a?.paragraphs[m.paragraph];
      expect(text?.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it('sorts articles by id and keeps schema, entities and the rule of each mention', () => {
    const bundle = buildBundle({ articles, entities, matcher, hash: sha256 });
    expect(bundle.schema).toBe(1);
    expect(bundle.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(bundle.entities).toEqual(entities);
    expect(bundle.mentions.every((m) => m.rule === 'full')).toBe(true);
  });

  it('gives the same version for the same input in any order, and a new one for any change', () => {
    const v = buildBundle({ articles, entities, matcher, hash: sha256 }).version;
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(
      buildBundle({ articles: [...articles].reverse(), entities, matcher, hash: sha256 }).version,
    ).toBe(v);
    const edited = [articles[0] as Article, { ...(articles[1] as Article), title: 'Quiet days' }];
    expect(buildBundle({ articles: edited, entities, matcher, hash: sha256 }).version).not.toBe(v);
    const fewer = fakeMatcher({ Trump: 'donald-trump' });
    expect(buildBundle({ articles, entities, matcher: fewer, hash: sha256 }).version).not.toBe(v);
  });

  it('rejects duplicate article ids, naming the file of each', () => {
    const twins = [article('x', 'T', ['P']), article('y', 'T', ['P']), article('x', 'T2', ['P2'])];
    const files = ['seeds/x.txt', 'seeds/y.txt', 'other/x.txt'];
    const e = corpusErrorFrom(() =>
      buildBundle({ articles: twins, entities, matcher, hash: sha256, files }),
    );
    expect([e.file, e.line, e.reason]).toEqual([
      'other/x.txt',
      1,
      'duplicate article id "x" (also from seeds/x.txt)',
    ]);
  });

  it('refuses a matcher that names an entity outside the gazetteer', () => {
    expect(() =>
      buildBundle({ articles, entities: [entity('luong-cuong')], matcher, hash: sha256 }),
    ).toThrow(/not in the gazetteer/);
  });
});

describe('mentionsIn', () => {
  it('counts a short form in a later paragraph once the article has named the person in full', () => {
    const gazetteer: Entity[] = [
      {
        id: 'luong-cuong',
        kind: 'leader',
        name: { en: 'Lương Cường', vi: 'Lương Cường' },
        role: { en: 'President', vi: 'Chủ tịch nước' },
        country: 'VN',
        caseRule: 'name',
        aliases: ['Lương Cường'],
        shortForms: ['Cường'],
      },
    ];
    const matcher = createMatcher(compileMatcher(gazetteer));
    const found = mentionsIn(
      article('a', 'Talks in Gyeongju', [
        'President Lương Cường arrived.',
        'Peace matters, Cường said.',
      ]),
      matcher,
    );
    expect(found.map((m) => [m.paragraph, m.surface, m.rule])).toEqual([
      [0, 'Lương Cường', 'full'],
      [1, 'Cường', 'after-full'],
    ]);
  });

  it('finds nothing in an article without names', () => {
    expect(mentionsIn(article('a', 'Quiet', ['None.']), matcher)).toEqual([]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: undefined }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"z":0}]},"b":1}',
    );
    expect(canonicalJson([undefined, null])).toBe('[null,null]');
  });
});
