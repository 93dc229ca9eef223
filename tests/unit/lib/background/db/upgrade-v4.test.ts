import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDatabase } from '../../../../../lib/background/db/database';
import { listReaderArticles } from '../../../../../lib/background/db/reader-articles';
import { relatedArticles } from '../../../../../lib/background/db/queries';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const mention = {
  entityId: 'donald-trump',
  paragraph: 0,
  start: 0,
  end: 5,
  surface: 'Trump',
  rule: 'surname',
};

/** A store as version 3 wrote it: two reader articles, their records and links. */
async function versionThreeStore(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(3).stores({
    articles: 'id, date, origin',
    entities: 'id, kind',
    mentions: '[articleId+paragraph+start+entityId], articleId, entityId, origin',
    links: '[entityId+articleId], [entityId+sortDate], articleId, origin',
    meta: 'key',
    reader: 'id, url, hash, addedAt',
    entityArticles: 'entityId',
  });
  const row = (id: string, date: string | null) => ({
    id,
    title: `Title ${id}`,
    date,
    language: 'en',
    place: null,
    source: null,
    author: null,
    paragraphs: ['Trump spoke.'],
    origin: 'reader',
    mentions: [mention],
  });
  await old.table('articles').bulkPut([row('r1', '2025-01-02'), row('r2', null)]);
  await old.table('entities').put({
    id: 'donald-trump',
    kind: 'leader',
    name: { en: 'Donald Trump', vi: 'Donald Trump' },
    role: { en: 'President', vi: 'Tổng thống' },
    country: 'US',
    aliases: [],
  });
  await old.table('reader').bulkPut([
    { id: 'r1', url: 'https://a.example/1', hash: 'h1', addedAt: 1 },
    { id: 'r2', hash: 'h2', addedAt: 2 },
  ]);
  const first = { paragraph: 0, start: 0, end: 5 };
  await old.table('links').bulkPut([
    { entityId: 'donald-trump', articleId: 'r1', sortDate: '2025-01-02', origin: 'reader', first },
    { entityId: 'donald-trump', articleId: 'r2', sortDate: '', origin: 'reader', first },
  ]);
  old.close();
}

describe('upgrading a version-3 store', () => {
  it('moves each reader record into its article row and the links into one row per entity', async () => {
    const name = `upgrade-v4-${Date.now()}`;
    names.push(name);
    await versionThreeStore(name);
    const db = new BackstoryDatabase(name);
    expect((await db.articles.get('r1'))?.reader).toEqual({
      url: 'https://a.example/1',
      hash: 'h1',
      addedAt: 1,
    });
    expect((await db.articles.get('r2'))?.reader).toEqual({ hash: 'h2', addedAt: 2 });
    expect(await db.readerLinks.toArray()).toEqual([
      { entityId: 'donald-trump', articleIds: ['r1', 'r2'], sortDates: ['2025-01-02', ''] },
    ]);
    expect([await db.reader.count(), await db.links.count()]).toEqual([0, 0]);
    expect((await listReaderArticles(db)).map((a) => a.id)).toEqual(['r2', 'r1']);
    const related = await relatedArticles(db, 'donald-trump', [], 5);
    expect(related.articles.map((a) => a.id)).toEqual(['r1', 'r2']);
    db.close();
  });
});
