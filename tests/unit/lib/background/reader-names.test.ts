import { describe, expect, it } from 'vitest';
import { forgetArticle, learnNames } from '../../../../lib/background/reader-names';
import type { Article, Entity } from '../../../../lib/shared/corpus/types';
import { mergeEntities } from '../../../../lib/shared/discover/merge-entities';
import { entityOf, spellingIndex } from '../../../../lib/shared/discover/spelling-index';
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

  it('learns among many known names what a merge with all of them would learn', () => {
    const many: Entity[] = Array.from({ length: 2000 }, (_, i) => ({
      ...(ENTITIES[0] as Entity),
      id: `someone-${i}`,
      name: { en: `Someone Number${i}`, vi: `Someone Number${i}` },
      aliases: [`Someone Number${i}`],
      shortForms: [],
    }));
    // The merge with every known name as the reviewed layer, as the build does it.
    const reference = (known: Entity[]) => {
      const index = spellingIndex(known);
      const unknown = discoverArticle(about).filter((c) => entityOf(c.name, index) === undefined);
      const taken = new Set(known.map((e) => e.id));
      return mergeEntities(unknown, { entities: known, corrections: [] })
        .entities.filter((e) => !taken.has(e.id))
        .map((e) => [e.id, e.name.en, e.aliases]);
    };
    const holder = { ...(many[0] as Entity), id: 'pham-minh-chinh-2', aliases: ['Other Person'] };
    for (const known of [
      [...ENTITIES, ...many],
      [...ENTITIES, ...many, holder],
    ]) {
      const learned = learnNames(known, [], discoverArticle(about));
      expect(learned.entities.map((e) => [e.id, e.name.en, e.aliases])).toEqual(reference(known));
      expect(learned.added).toHaveLength(1);
    }
    // An id a known name holds is not taken again.
    expect(learnNames([...ENTITIES, holder], [], discoverArticle(about)).added).not.toContain(
      'pham-minh-chinh-2',
    );
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
