import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackstoryDatabase } from '../../../../../lib/background/db/database';
import { ensureCorpus, loadState } from '../../../../../lib/background/db/load-bundle';
import type { Article, CorpusBundle } from '../../../../../lib/shared/corpus/types';
import { makeBundle } from '../../../fixtures/corpus-bundle';
import { freshDatabase, storedMentions } from './db-helpers';

const open: BackstoryDatabase[] = [];
function database(): BackstoryDatabase {
  const db = freshDatabase();
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const readerArticle: Article = {
  id: 'reader-1',
  date: '2025-11-01',
  title: 'Saved from the web',
  language: 'en',
  place: null,
  source: null,
  author: null,
  paragraphs: ['Donald Trump spoke.'],
  origin: 'reader',
  url: 'https://example.org/story',
};

describe('ensureCorpus', () => {
  it('loads every article, entity and mention of the bundle into an empty database', async () => {
    const db = database();
    const bundle = makeBundle('v1');
    const status = await ensureCorpus(db, 'v1', async () => bundle);
    expect(status.version).toBe('v1');
    expect(await db.articles.count()).toBe(bundle.articles.length);
    expect(await db.entities.count()).toBe(bundle.entities.length);
    expect((await storedMentions(db)).length).toBe(bundle.mentions.length);
    expect((await db.meta.get('corpus'))?.version).toBe('v1');
  });

  it('does not fetch the bundle again while the stored version is the expected one', async () => {
    const db = database();
    const load = vi.fn(async () => makeBundle('v1'));
    await ensureCorpus(db, 'v1', load);
    await ensureCorpus(db, 'v1', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shares one load between callers that arrive while it runs', async () => {
    const db = database();
    const load = vi.fn(async () => makeBundle('v1'));
    const results = await Promise.all([1, 2, 3].map(() => ensureCorpus(db, 'v1', load)));
    expect(load).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r.version)).toEqual(['v1', 'v1', 'v1']);
  });

  it('replaces the bundled corpus when the version changes and keeps the reader’s articles', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    const readerRow = {
      ...readerArticle,
      mentions: [
        {
          entityId: 'donald-trump',
          paragraph: 0,
          start: 0,
          end: 12,
          surface: 'Donald Trump',
          rule: 'full' as const,
        },
      ],
    };
    await db.articles.put(readerRow);
    const v2: CorpusBundle = makeBundle('v2');
    v2.articles = v2.articles.filter((a) => a.id !== 'a-oct28');
    v2.mentions = v2.mentions.filter((m) => m.articleId !== 'a-oct28');
    await ensureCorpus(db, 'v2', async () => v2);
    expect(await db.articles.get('a-oct28')).toBeUndefined();
    expect(await db.articles.get('reader-1')).toEqual(readerRow);
    const mentions = await storedMentions(db);
    expect(mentions.filter((m) => m.articleId === 'reader-1').length).toBe(1);
    expect(mentions.filter((m) => m.articleId === 'a-oct28').length).toBe(0);
    expect((await db.meta.get('corpus'))?.version).toBe('v2');
  });

  it('leaves the previous corpus whole when writing the new one fails half way', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    const broken = makeBundle('v2');
    broken.articles = broken.articles.map((a) => ({ ...a, title: `new ${a.title}` }));
    // A mention whose key IndexedDB rejects: the failure comes after the articles were written.
    broken.mentions.push({ ...broken.mentions[0]!, paragraph: Number.NaN });
    await expect(ensureCorpus(db, 'v2', async () => broken)).rejects.toThrow();
    expect((await db.meta.get('corpus'))?.version).toBe('v1');
    const titles = (await db.articles.toArray()).map((a) => a.title);
    expect(titles.some((t) => t.startsWith('new '))).toBe(false);
    expect(await db.articles.count()).toBe(makeBundle().articles.length);
  });

  it('reports a failed fetch and retries it on the next call', async () => {
    const db = database();
    const load = vi
      .fn<() => Promise<CorpusBundle>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(makeBundle('v1'));
    await expect(ensureCorpus(db, 'v1', load)).rejects.toThrow('offline');
    expect(loadState(db)).toMatchObject({
      loading: false,
      error: expect.stringContaining('offline'),
    });
    await ensureCorpus(db, 'v1', load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(loadState(db).error).toBeNull();
    expect(await db.articles.count()).toBe(makeBundle().articles.length);
  });

  it('rejects a bundle that is not the expected version and keeps what was stored', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    await expect(ensureCorpus(db, 'v3', async () => makeBundle('v2'))).rejects.toThrow(
      /version v2, expected v3/,
    );
    expect((await db.meta.get('corpus'))?.version).toBe('v1');
  });

  it('rejects a malformed bundle before touching the database', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    const truncated = {
      schema: 1,
      version: 'v2',
      articles: [{ title: 'no id' }],
      entities: [],
      mentions: [],
    };
    await expect(
      ensureCorpus(db, 'v2', async () => truncated as unknown as CorpusBundle),
    ).rejects.toThrow(/malformed articles/);
    expect(await db.articles.count()).toBe(makeBundle().articles.length);
  });

  it('does not count every row again on each call while nothing was written', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    const counts = vi.spyOn(db.entities, 'count');
    for (let i = 0; i < 3; i++) await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    expect(counts).not.toHaveBeenCalled();
    await db.entities.delete(makeBundle('v1').entities[0]!.id);
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    expect(counts).toHaveBeenCalled();
    expect(await db.entities.count()).toBe(makeBundle('v1').entities.length);
  });

  it('reloads a store that lost bundled rows behind its back', async () => {
    const db = database();
    const load = vi.fn(async () => makeBundle('v1'));
    await ensureCorpus(db, 'v1', load);
    await db.articles.delete('a-oct29');
    await ensureCorpus(db, 'v1', load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(await db.articles.get('a-oct29')).toBeDefined();
  });

  it('rebuilds a database that was deleted while in use', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    await db.delete({ disableAutoOpen: false });
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    expect(await db.articles.count()).toBe(makeBundle().articles.length);
  });
});
