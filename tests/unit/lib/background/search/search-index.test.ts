import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../../lib/shared/corpus/types';
import { entityLinks } from '../../../../../lib/background/db/bundle-rows';
import { buildSearchIndex } from '../../../../../lib/background/search/search-index';
import { searchDocuments } from '../../../../../lib/background/search/search-documents';
import { ARTICLES, ENTITIES, MENTIONS } from '../../../fixtures/corpus-bundle';

function fixtureIndex(articles: Article[] = ARTICLES) {
  const entityIdsByArticle = new Map<string, string[]>();
  for (const l of entityLinks(articles, MENTIONS, 'bundled')) {
    entityIdsByArticle.set(l.articleId, [
      ...(entityIdsByArticle.get(l.articleId) ?? []),
      l.entityId,
    ]);
  }
  return buildSearchIndex(searchDocuments({ articles, entities: ENTITIES, entityIdsByArticle }));
}

const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

describe('buildSearchIndex', () => {
  const index = fixtureIndex();

  it('finds every article about Lương Cường when typed without accents', () => {
    expect(ids(index.search('luong cuong', 10))).toEqual([
      'a-oct29',
      'a-oct30-en',
      'a-oct30-vi',
      'a-undated',
    ]);
  });

  it('does not let a near spelling stand in for a word the corpus holds ("luong" never finds "long")', () => {
    const longOnly: Article = {
      ...ARTICLES[0]!,
      id: 'a-long',
      title: 'A long-term view',
      paragraphs: ['Balanced, long-term and sustainable trade.'],
    };
    const hits = fixtureIndex([...ARTICLES, longOnly]).search('luong', 10);
    expect(hits.map((h) => h.id)).not.toContain('a-long');
  });

  it('finds the same articles when typed with accents or in capitals', () => {
    expect(ids(index.search('LƯƠNG CƯỜNG', 10))).toEqual(ids(index.search('luong cuong', 10)));
  });

  it('finds the articles about the reciprocal trade agreement from its Vietnamese name without accents', () => {
    expect(ids(index.search('hiep dinh doi ung', 10))).toEqual(['a-oct30-en', 'a-oct30-vi']);
  });

  it('requires every word of the query to match', () => {
    expect(ids(index.search('luong cuong tariffs', 10))).toEqual(['a-oct30-en']);
  });

  it('completes the last word while it is being typed', () => {
    expect(ids(index.search('nguyen hong di', 10))).toEqual(['a-undated']);
  });

  it('tolerates a typo in a longer word', () => {
    expect(ids(index.search('tarifs', 10))).toContain('a-oct28');
  });

  it('ranks a title match above a match in the text only', () => {
    const hits = index.search('port', 10);
    expect(hits[0]?.id).toBe('a-undated');
  });

  it('returns a snippet with the matched word marked', () => {
    const hit = index.search('tariffs', 10).find((h) => h.id === 'a-oct28');
    expect(hit?.snippet).toContain('tariffs');
    expect(hit && hit.highlight && hit.snippet.slice(hit.highlight.start, hit.highlight.end)).toBe(
      'tariffs',
    );
  });

  it('returns nothing for an empty query or punctuation only', () => {
    expect(index.search('', 10)).toEqual([]);
    expect(index.search('  —  ', 10)).toEqual([]);
  });

  it('honours the limit and scores in (0, 1]', () => {
    const hits = index.search('luong', 2);
    expect(hits).toHaveLength(2);
    for (const h of hits) expect(h.score > 0 && h.score <= 1).toBe(true);
  });
});

describe('buildSearchIndex ranking', () => {
  it('keeps the best hits under a small limit: the same as the head of an unlimited search', () => {
    const index = fixtureIndex();
    const all = index.search('luong', 50).map((h) => h.id);
    for (const limit of [1, 2, 3])
      expect(index.search('luong', limit).map((h) => h.id)).toEqual(all.slice(0, limit));
  });

  it('puts newer articles first among equally good hits and undated ones last', () => {
    const index = fixtureIndex();
    const hits = index.search('luong cuong', 10);
    const undated = hits.findIndex((h) => h.date === null);
    expect(undated).toBe(hits.length - 1);
  });
});
