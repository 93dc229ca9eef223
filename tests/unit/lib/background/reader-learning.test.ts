import { afterEach, describe, expect, it } from 'vitest';
import { createPageMatcher } from '../../../../lib/background/page-matcher';
import { layeredMatcher } from '../../../../lib/shared/match/layered';
import { createReaderLearning } from '../../../../lib/background/reader-learning';
import type { BackstoryDatabase } from '../../../../lib/background/db/database';
import { ensureCorpus } from '../../../../lib/background/db/load-bundle';
import { storedTables } from '../../../../lib/background/db/matcher-tables';
import { addReaderArticles } from '../../../../lib/background/db/reader-articles';
import { createMatcher } from '../../../../lib/shared/match/matcher';
import { prepareReaderArticle } from '../../../../lib/shared/reader/prepare-article';
import { makeBundle } from '../../fixtures/corpus-bundle';
import { freshDatabase } from './db/db-helpers';
import { readerItem } from '../shared/reader/helpers';

const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const PARAGRAPHS = [
  'Prime Minister Phạm Minh Chính set out a plan for the Mekong Delta on Thursday.',
  'Later, Prime Minister Chính met farmers.',
];

async function setup(version = 'v1') {
  const db = freshDatabase();
  dbs.push(db);
  await ensureCorpus(db, version, async () => makeBundle(version));
  const pageMatcher = createPageMatcher({
    db,
    expectedVersion: version,
    ensureCorpus: async () => undefined,
  });
  const learning = createReaderLearning({ db, pageMatcher, expectedVersion: version });
  const prepared = await prepareReaderArticle(
    readerItem(1, { paragraphs: PARAGRAPHS }),
    await pageMatcher.get(),
  );
  await addReaderArticles(db, [prepared]);
  return { db, pageMatcher, learning, id: prepared.article.id };
}

const findsChinh = async (db: BackstoryDatabase, version = 'v1') => {
  const tables = await storedTables(db, version);
  if (!tables) return false;
  const matcher = layeredMatcher(createMatcher(tables.corpus), tables.reader);
  return matcher.findMentions('Phạm Minh Chính spoke.').length === 1;
};

describe('reader learning', () => {
  it('learns a new leader from a stored article, recompiles the tables and links the article', async () => {
    const { db, pageMatcher, learning, id } = await setup();
    expect(await findsChinh(db)).toBe(false);
    const added = await learning.learn([id]);
    expect(added).toHaveLength(1);
    expect(await findsChinh(db)).toBe(true);
    const row = await db.articles.get(id);
    expect(row?.mentions?.map((m) => m.surface)).toEqual(
      expect.arrayContaining(['Phạm Minh Chính', 'Chính']),
    );
    expect((await db.readerLinks.get(added[0]!))?.articleIds).toEqual([id]);
    expect((await pageMatcher.get()).entity(added[0]!)?.name).toBe('Phạm Minh Chính');
  });

  it('compiles only the reader’s layer: the corpus’s stored tables stay as they were', async () => {
    const { db, learning, id } = await setup();
    const corpusRow = async () => {
      const packed = (await db.matcherTables.get('matcher'))?.packed;
      return packed && { source: packed.source, bytes: [...new Uint8Array(packed.buffer)] };
    };
    const before = await corpusRow();
    expect(before?.bytes.length).toBeGreaterThan(1000);
    const readerBefore = (await db.matcherTables.get('reader-names'))?.packed.buffer.byteLength;
    await learning.learn([id]);
    expect(await corpusRow()).toEqual(before);
    expect((await db.matcherTables.get('reader-names'))?.packed.buffer.byteLength).toBeGreaterThan(
      readerBefore ?? 0,
    );
  });

  it('forgets the leader with the article, and the tables follow', async () => {
    const { db, learning, id } = await setup();
    await learning.learn([id]);
    await learning.forget(id);
    expect(await db.readerEntities.count()).toBe(0);
    expect(await findsChinh(db)).toBe(false);
  });

  it('keeps a learned name through a corpus update', async () => {
    const { db, learning, id } = await setup();
    await learning.learn([id]);
    await ensureCorpus(db, 'v2', async () => makeBundle('v2'));
    expect(await db.readerEntities.count()).toBe(1);
    expect(await findsChinh(db, 'v2')).toBe(true);
  });
});
