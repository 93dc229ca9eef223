import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackstoryDatabase } from '../../../../../lib/background/db/database';
import { ensureCorpus } from '../../../../../lib/background/db/load-bundle';
import { relatedArticles } from '../../../../../lib/background/db/queries';
import {
  addReaderArticles,
  deleteReaderArticle,
  listReaderArticles,
  readerArticleItems,
} from '../../../../../lib/background/db/reader-articles';
import { gazetteerMatcher } from '../../shared/match/gazetteer-matcher';
import { prepareReaderArticle } from '../../../../../lib/shared/reader/prepare-article';
import { describeStoreError } from '../../../../../lib/background/store-error';
import { makeBundle } from '../../../fixtures/corpus-bundle';
import { readerItem } from '../../shared/reader/helpers';
import { freshDatabase, storedMentions } from './db-helpers';

const matcher = gazetteerMatcher();
const open: Dexie[] = [];
function database(): BackstoryDatabase {
  const db = freshDatabase();
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const prepare = (n: number, overrides = {}) =>
  prepareReaderArticle(readerItem(n, overrides), matcher);

/** Every row the reader owns, in a stable order, to compare before and after. */
async function readerRows(db: BackstoryDatabase) {
  const [articles, mentions, links] = await Promise.all([
    db.articles.where('origin').equals('reader').sortBy('id'),
    storedMentions(db).then((all) => all.filter((m) => m.origin === 'reader')),
    db.readerLinks.orderBy('entityId').toArray(),
  ]);
  return { articles, mentions, links };
}

const readerCount = (db: BackstoryDatabase) => db.articles.where('origin').equals('reader').count();

describe('reader articles in the database', () => {
  it('stores a reader article with its mentions, so it shows in the entity’s related articles', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    const p = await prepare(1, { date: '2025-12-01' });
    expect(await addReaderArticles(db, [p])).toEqual({ added: [p.article.id], duplicates: [] });
    const related = await relatedArticles(db, 'donald-trump', [], 5);
    expect(related.articles[0]).toMatchObject({ id: p.article.id, date: '2025-12-01' });
    expect(related.articles[0]?.sentence).toContain('Donald Trump');
  });

  it('skips duplicates by address and by content, against the store and within one batch', async () => {
    const db = database();
    const first = await prepare(1);
    await addReaderArticles(db, [first]);
    const sameUrl = await prepare(2, { url: `${readerItem(1).url}#comments` });
    const sameText = await prepare(1, { url: 'https://mirror.example.net/copy' });
    const fresh = await prepare(3);
    const freshAgain = await prepare(3, { url: 'https://elsewhere.example/3' });
    const result = await addReaderArticles(db, [sameUrl, sameText, fresh, freshAgain]);
    expect(result.added).toEqual([fresh.article.id]);
    expect(result.duplicates).toEqual([
      { index: 0, by: 'url', existingId: first.article.id },
      { index: 1, by: 'content', existingId: first.article.id },
      { index: 3, by: 'content', existingId: fresh.article.id },
    ]);
    expect(await readerCount(db)).toBe(2);
  });

  it('lists newest added first and pages export items oldest first', async () => {
    const db = database();
    await addReaderArticles(db, await Promise.all([2, 1, 3].map((n) => prepare(n))));
    const list = await listReaderArticles(db);
    expect(list.map((a) => a.title)).toEqual([3, 2, 1].map((n) => readerItem(n).title));
    const page = await readerArticleItems(db, 1, 5);
    expect(page.total).toBe(3);
    expect(page.items).toEqual([readerItem(2), readerItem(3)]);
  });

  it('deletes an article with its mentions and links and gives it back for undo', async () => {
    const db = database();
    const p = await prepare(1);
    await addReaderArticles(db, [p]);
    const removed = await deleteReaderArticle(db, p.article.id);
    expect(removed).toEqual(readerItem(1));
    expect(await readerRows(db)).toEqual({ articles: [], mentions: [], links: [] });
    expect(await deleteReaderArticle(db, p.article.id)).toBeNull();
  });

  it('never deletes a bundled article through the reader call', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    expect(await deleteReaderArticle(db, 'a-oct29')).toBeNull();
    expect(await db.articles.get('a-oct29')).toBeDefined();
  });

  it('writes nothing when the disk fills up half way, and says so in plain words', async () => {
    const db = database();
    const batch = await Promise.all([1, 2, 3].map((n) => prepare(n)));
    vi.spyOn(db.readerLinks, 'bulkPut').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const failed = await addReaderArticles(db, batch).catch((e: unknown) => e);
    expect(describeStoreError(failed)).toMatch(/^Not enough storage space: nothing was added/);
    expect(await readerRows(db)).toEqual({ articles: [], mentions: [], links: [] });
  });
});

describe('a corpus update with 1,000 reader articles in the store', () => {
  it('loses or changes none of them', async () => {
    const db = database();
    await ensureCorpus(db, 'v1', async () => makeBundle('v1'));
    const batch = await Promise.all(Array.from({ length: 1000 }, (_, n) => prepare(n)));
    expect((await addReaderArticles(db, batch)).added).toHaveLength(1000);
    const before = await readerRows(db);
    expect(before.mentions.length).toBeGreaterThanOrEqual(2000);

    const next = makeBundle('v2');
    next.articles[0]!.paragraphs = ['GYEONGJU — Rewritten for the new version.'];
    next.mentions = next.mentions.filter((m) => m.articleId !== next.articles[0]!.id);
    next.entities[0]!.role.en = 'New role';
    await ensureCorpus(db, 'v2', async () => next);

    expect((await db.meta.get('corpus'))?.version).toBe('v2');
    expect((await db.articles.get('a-oct29'))?.paragraphs).toEqual(next.articles[0]!.paragraphs);
    expect(await readerRows(db)).toEqual(before);
  });

  it('keeps them when a version-1 database (before reader records) is opened by this version', async () => {
    const name = `backstory-test-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      articles: 'id, date, origin',
      entities: 'id, kind',
      mentions: '[articleId+paragraph+start+entityId], articleId, entityId, origin',
      links: '[entityId+articleId], [entityId+sortDate], articleId, origin',
      meta: 'key',
    });
    const p = await prepare(7);
    await old.table('articles').put(p.article);
    old.close();
    const db = new BackstoryDatabase(name);
    open.push(db);
    expect(await db.articles.get(p.article.id)).toEqual(p.article);
    expect(await db.readerLinks.count()).toBe(0);
  });
});
