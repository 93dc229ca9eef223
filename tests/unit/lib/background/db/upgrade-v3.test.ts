import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDatabase } from '../../../../../lib/background/db/database';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

/** A store as version 2 wrote it: one reader article, its mention and link, and a bundled link. */
async function versionTwoStore(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    articles: 'id, date, origin',
    entities: 'id, kind',
    mentions: '[articleId+paragraph+start+entityId], articleId, entityId, origin',
    links: '[entityId+articleId], [entityId+sortDate], articleId, origin',
    meta: 'key',
  });
  old.version(2).stores({ reader: 'id, url, hash, addedAt' });
  const first = { paragraph: 0, start: 0, end: 5 };
  await old
    .table('articles')
    .put({ id: 'r1', title: 'T', paragraphs: ['Trump'], origin: 'reader' });
  await old.table('mentions').put({
    articleId: 'r1',
    entityId: 'donald-trump',
    ...first,
    surface: 'Trump',
    rule: 'surname',
    origin: 'reader',
  });
  await old.table('links').bulkPut([
    { entityId: 'donald-trump', articleId: 'r1', sortDate: '', origin: 'reader', first },
    { entityId: 'donald-trump', articleId: 'b1', sortDate: '', origin: 'bundled', first },
  ]);
  await old.table('meta').put({ key: 'corpus', version: 'v1' });
  old.close();
}

describe('upgrading a version-2 store', () => {
  it('moves the reader’s mentions into their article rows and drops every bundled row the new shape replaces', async () => {
    const name = `upgrade-${Date.now()}`;
    names.push(name);
    await versionTwoStore(name);
    const db = new BackstoryDatabase(name);
    const article = await db.articles.get('r1');
    expect(article?.mentions).toEqual([
      {
        entityId: 'donald-trump',
        paragraph: 0,
        start: 0,
        end: 5,
        surface: 'Trump',
        rule: 'surname',
      },
    ]);
    expect(await db.table('mentions').count()).toBe(0);
    // Then version 4: the reader's one link is its entity's row of reader articles.
    expect(await db.readerLinks.toArray()).toEqual([
      { entityId: 'donald-trump', articleIds: ['r1'], sortDates: [''] },
    ]);
    expect(await db.links.count()).toBe(0);
    expect(await db.meta.get('corpus')).toBeUndefined();
    db.close();
  });
});
