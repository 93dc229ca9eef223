import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDatabase } from '../../../../../lib/background/db/database';
import { ensureCorpus } from '../../../../../lib/background/db/load-bundle';
import {
  corpusCounts,
  getArticle,
  relatedArticles,
  searchSource,
} from '../../../../../lib/background/db/queries';
import { ARTICLES, makeBundle } from '../../../fixtures/corpus-bundle';
import { freshDatabase } from './db-helpers';

let db: BackstoryDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
});
afterEach(() => db.delete());

describe('relatedArticles', () => {
  it('lists the articles mentioning the entity newest first with undated ones last', async () => {
    const r = await relatedArticles(db, 'luong-cuong', [], 10);
    expect(r.entity?.name.en).toBe('Lương Cường');
    expect(r.total).toBe(4);
    const dates = r.articles.map((a) => a.date);
    expect(dates).toEqual(['2025-10-30', '2025-10-30', '2025-10-29', null]);
  });

  it('quotes the sentence around the first mention and marks the mention inside it', async () => {
    const r = await relatedArticles(db, 'luong-cuong', [], 10);
    const oct29 = r.articles.find((a) => a.id === 'a-oct29');
    expect(oct29?.sentence).toBe('President Lương Cường welcomed Donald Trump to the talks.');
    const undated = r.articles.find((a) => a.id === 'a-undated');
    expect(undated?.sentence.slice(undated.highlight.start, undated.highlight.end)).toBe(
      'Luong Cuong',
    );
  });

  it('ranks articles of the same date by how many of the page’s entities they also mention', async () => {
    const plain = await relatedArticles(db, 'luong-cuong', [], 10);
    const sameDay = plain.articles.filter((a) => a.date === '2025-10-30').map((a) => a.id);
    const ranked = await relatedArticles(db, 'luong-cuong', ['donald-trump', 'vn-us-rta'], 10);
    expect(ranked.articles[0]).toMatchObject({ id: 'a-oct30-en', sharedEntities: 2 });
    expect(ranked.articles[1]).toMatchObject({ id: 'a-oct30-vi', sharedEntities: 1 });
    expect(new Set(sameDay)).toEqual(new Set(['a-oct30-en', 'a-oct30-vi']));
  });

  it('applies the limit after ranking ties at the boundary, and still counts every article', async () => {
    const r = await relatedArticles(db, 'luong-cuong', ['donald-trump', 'vn-us-rta'], 1);
    expect(r.articles.map((a) => a.id)).toEqual(['a-oct30-en']);
    expect(r.total).toBe(4);
  });

  it('answers an unknown entity with no entity and no articles', async () => {
    expect(await relatedArticles(db, 'nobody', [], 5)).toEqual({
      entity: null,
      articles: [],
      total: 0,
    });
  });
});

describe('getArticle', () => {
  it('returns the article, its mentions in reading order and the entities they name', async () => {
    const r = await getArticle(db, 'a-oct30-en');
    expect(r.article?.title).toBe('Leaders discuss the trade deal');
    expect(r.mentions.map((m) => m.entityId)).toEqual(['luong-cuong', 'donald-trump', 'vn-us-rta']);
    expect(r.mentions.every((m) => !('origin' in m))).toBe(true);
    expect(r.entities.map((e) => e.id).sort()).toEqual([
      'donald-trump',
      'luong-cuong',
      'vn-us-rta',
    ]);
  });

  it('returns null for an unknown id', async () => {
    expect(await getArticle(db, 'missing')).toEqual({ article: null, mentions: [], entities: [] });
  });
});

describe('corpusCounts', () => {
  it('counts articles and entities and finds the newest date', async () => {
    const newest = ARTICLES.flatMap((a) => (a.date ? [a.date] : []))
      .sort()
      .at(-1);
    expect(await corpusCounts(db)).toEqual({
      version: 'v1',
      articles: ARTICLES.length,
      entities: 4,
      newestDate: newest,
    });
  });
});

describe('searchSource', () => {
  it('gives every article with the ids of the entities it mentions', async () => {
    const s = await searchSource(db);
    expect(s.articles).toHaveLength(ARTICLES.length);
    expect(s.entityIdsByArticle.get('a-oct30-vi')?.sort()).toEqual(['luong-cuong', 'vn-us-rta']);
  });
});
