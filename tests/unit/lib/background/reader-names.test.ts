import { describe, expect, it } from 'vitest';
import { forgetArticle, learnNames } from '../../../../lib/background/reader-names';
import type { Article } from '../../../../lib/shared/corpus/types';
import { namesAfterCorpus } from '../../../../lib/background/db/reader-entities';
import { discoverArticle } from '../../../../lib/shared/discover/discover-article';
import { ENTITIES } from '../../fixtures/corpus-bundle';

function article(id: string, paragraphs: string[]): Article {
  return {
    id,
    date: '2025-11-20',
    title: 'A day in the delta',
    language: 'en',
    place: null,
    source: null,
    author: null,
    paragraphs,
    origin: 'reader',
  };
}

const about = article('r1', [
  'Prime Minister Phạm Minh Chính set out a plan for the Mekong Delta on Thursday.',
  'President Lương Cường welcomed it.',
]);

describe('reader names', () => {
  it('learns a leader no known entity is called, with the article that names them', () => {
    const learned = learnNames(ENTITIES, [], discoverArticle(about));
    expect(learned.entities.map((e) => [e.name.en, e.kind, e.origin, e.support])).toEqual([
      ['Phạm Minh Chính', 'leader', 'reader', ['r1']],
    ]);
    expect(learned.added).toHaveLength(1);
    expect(learned.entities[0]?.aliases).toEqual(expect.arrayContaining(['Pham Minh Chinh']));
  });

  it('adds support to a name it knows instead of learning it twice', () => {
    const first = learnNames(ENTITIES, [], discoverArticle(about));
    const again = learnNames(ENTITIES, first.entities, discoverArticle({ ...about, id: 'r2' }));
    expect(again.added).toEqual([]);
    expect(again.entities[0]?.support).toEqual(['r1', 'r2']);
  });

  it('forgets a name when the last article that named it goes, not before', () => {
    const one = learnNames(ENTITIES, [], discoverArticle(about));
    const two = learnNames(ENTITIES, one.entities, discoverArticle({ ...about, id: 'r2' }));
    const afterFirst = forgetArticle(two.entities, 'r1');
    expect(afterFirst.removed).toEqual([]);
    expect(forgetArticle(afterFirst.entities, 'r2')).toEqual({
      entities: [],
      removed: [two.entities[0]?.id],
    });
  });

  it('gives up a learned name that a new corpus now has among its own', () => {
    const learned = learnNames(ENTITIES, [], discoverArticle(about)).entities;
    const corpus = [
      ...ENTITIES,
      { ...ENTITIES[0]!, id: 'pham-minh-chinh', aliases: ['Phạm Minh Chính'] },
    ];
    expect(namesAfterCorpus(ENTITIES, learned)).toHaveLength(1);
    expect(namesAfterCorpus(corpus, learned)).toEqual([]);
  });
});
