import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps } from '../../../../lib/background/handlers';
import { createPageHandlers } from '../../../../lib/background/page-handlers';
import type { CorpusBundle } from '../../../../lib/shared/corpus/types';
import type { BackstoryDatabase } from '../../../../lib/background/db/database';
import { backgroundCalls, controlCalls } from '../../../../lib/shared/messages/protocol';
import { unpackPageMatch } from '../../../../lib/shared/messages/page-wire';
import { makeBundle } from '../../fixtures/corpus-bundle';
import { freshDatabase } from './db/db-helpers';

const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

function setup(overrides: Partial<BackgroundDeps> = {}) {
  const db = freshDatabase();
  dbs.push(db);
  const deps: BackgroundDeps = {
    db,
    expectedVersion: 'v1',
    loadBundle: vi.fn(async () => makeBundle('v1')),
    openReader: vi.fn(async () => true),
    ...overrides,
  };
  // The background answers the page's calls itself (entrypoints/background.ts), with the same matcher.
  const background = createBackgroundHandlers(deps);
  const page = createPageHandlers({ matcher: background.pageMatcher, injectCard: async () => {} });
  return { db, deps, handlers: { ...background, ...page } };
}

describe('createBackgroundHandlers', () => {
  it('has a handler for every call the protocol declares, and no other', () => {
    const { handlers } = setup();
    // The reader controls' calls are answered by lib/background/controls/control-handlers.ts.
    const controls = Object.keys(controlCalls);
    const calls = Object.keys(handlers).filter((k) => k !== 'pageMatcher' && k !== 'learning');
    expect([...calls, ...controls].sort()).toEqual(Object.keys(backgroundCalls).sort());
  });

  it('sifts a page with the corpus tables, then matches its marked paragraphs as one page', async () => {
    const { handlers } = setup();
    // The tables come from the stored corpus's entities (the fixture's: full names only).
    const texts = ['President Lương Cường arrived. Donald Trump then left.'];
    const tab = { tabId: 3, frameId: 0 };
    const { at } = await handlers.siftPage({ token: 't', texts }, tab);
    expect(at).toEqual([[10, 31]]);
    const runs = [
      [0, 0, 30],
      [0, 31, texts[0]!.length],
    ];
    const r = await handlers.matchPage({ token: 't', runs, alreadyNamed: [] }, tab);
    if (!('match' in r)) throw new Error('expired');
    expect(unpackPageMatch(r.match).map((m) => [m.from, m.to, m.entity.id, m.surface])).toEqual([
      [[0, 10], [0, 21], 'luong-cuong', 'Lương Cường'],
      [[0, 31], [0, 43], 'donald-trump', 'Donald Trump'],
    ]);
  });

  it('matches paragraphs sent with their text in one call, keeps nothing, and only for tabs', async () => {
    const { handlers } = setup();
    const texts = ['Talks went on. ', 'Then Donald Trump left.'];
    const runs = [
      [0, 0, 15],
      [1, 0, texts[1]!.length],
    ];
    const tab = { tabId: 3, frameId: 0 };
    const r = await handlers.matchText({ texts, runs, alreadyNamed: [] }, tab);
    expect(unpackPageMatch(r.match).map((m) => [m.from, m.to, m.entity.id])).toEqual([
      [[1, 5], [1, 17], 'donald-trump'],
    ]);
    // Nothing was kept for a later matchPage under any token.
    expect(await handlers.matchPage({ token: 'top', runs, alreadyNamed: [] }, tab)).toEqual({
      expired: true,
    });
    await expect(handlers.matchText({ texts, runs, alreadyNamed: [] }, {})).rejects.toThrow(
      'pages are matched for tabs only',
    );
  });

  it('matches only what the same tab and frame sent for its sift, once', async () => {
    const { handlers } = setup();
    const texts = ['Donald Trump spoke.'];
    await handlers.siftPage({ token: 't', texts }, { tabId: 3, frameId: 0 });
    const runs = [[0, 0, texts[0]!.length]];
    const other = await handlers.matchPage({ token: 't', runs, alreadyNamed: [] }, { tabId: 4 });
    expect(other).toEqual({ expired: true });
    const mine = await handlers.matchPage(
      { token: 't', runs, alreadyNamed: [] },
      { tabId: 3, frameId: 0 },
    );
    expect('match' in mine).toBe(true);
    const again = await handlers.matchPage(
      { token: 't', runs, alreadyNamed: [] },
      { tabId: 3, frameId: 0 },
    );
    expect(again).toEqual({ expired: true });
  });

  it('keeps nothing for a page whose sift found no place for a name', async () => {
    const { handlers } = setup();
    const tab = { tabId: 3 };
    expect(await handlers.siftPage({ token: 't', texts: ['The weather was mild.'] }, tab)).toEqual({
      at: [[]],
    });
    const r = await handlers.matchPage({ token: 't', runs: [[0, 0, 5]], alreadyNamed: [] }, tab);
    expect(r).toEqual({ expired: true });
  });

  it('refuses page calls that come from no tab', async () => {
    const { handlers } = setup();
    await expect(handlers.siftPage({ token: 't', texts: ['x'] }, {})).rejects.toMatchObject({
      code: 'bad-request',
    });
  });

  it('loads the corpus on the first request and answers related articles newest first', async () => {
    const { handlers } = setup();
    const r = await handlers.relatedArticles({ entityId: 'donald-trump' }, {});
    expect(r.articles.map((a) => a.date)).toEqual(['2025-10-30', '2025-10-29', '2025-10-28']);
    expect(r.total).toBe(3);
  });

  it('limits related articles to the requested number', async () => {
    const { handlers } = setup();
    const r = await handlers.relatedArticles({ entityId: 'luong-cuong', limit: 2 }, {});
    expect(r.articles).toHaveLength(2);
    expect(r.total).toBe(4);
  });

  it('finds English and Vietnamese articles for unaccented queries', async () => {
    const { handlers } = setup();
    const luong = await handlers.search({ query: 'luong cuong' }, {});
    expect(luong.hits.map((h) => h.language).sort()).toEqual(['en', 'en', 'en', 'vi']);
    const rta = await handlers.search({ query: 'hiep dinh doi ung' }, {});
    expect(rta.hits.map((h) => h.id).sort()).toEqual(['a-oct30-en', 'a-oct30-vi']);
  });

  it('answers an empty query with no hits', async () => {
    const { handlers } = setup();
    expect(await handlers.search({ query: '   ' }, {})).toEqual({ hits: [] });
  });

  it('returns one article with its mentions', async () => {
    const { handlers } = setup();
    const r = await handlers.article({ id: 'a-oct29' }, {});
    expect(r.article?.id).toBe('a-oct29');
    expect(r.mentions).toHaveLength(2);
  });

  it('rebuilds a deleted database on the next request', async () => {
    const { db, handlers } = setup();
    await handlers.corpusInfo({}, {});
    await db.delete({ disableAutoOpen: false });
    const r = await handlers.search({ query: 'luong cuong' }, {});
    expect(r.hits).toHaveLength(4);
  });

  it('picks up a new corpus version in search results', async () => {
    const v2 = makeBundle('v2');
    v2.articles[0]!.title = 'Zebra crossing in Gyeongju';
    const { deps, handlers } = setup();
    expect((await handlers.search({ query: 'zebra' }, {})).hits).toEqual([]);
    // The same handlers (and search cache) after an extension update shipped v2.
    deps.expectedVersion = 'v2';
    deps.loadBundle = async () => v2;
    expect((await handlers.search({ query: 'zebra' }, {})).hits.map((h) => h.id)).toEqual([
      'a-oct29',
    ]);
  });

  it('answers from the previous corpus when loading a new one fails', async () => {
    const { deps, handlers } = setup();
    await handlers.corpusInfo({}, {});
    const failing = createBackgroundHandlers({
      ...deps,
      expectedVersion: 'v2',
      loadBundle: () => Promise.reject(new Error('missing file')),
    });
    expect((await failing.relatedArticles({ entityId: 'donald-trump' }, {})).total).toBe(3);
    expect(await failing.corpusInfo({}, {})).toMatchObject({
      version: 'v1',
      error: expect.stringContaining('missing file'),
    });
  });

  it('says unavailable when nothing is stored and the bundle cannot be loaded', async () => {
    const { handlers } = setup({
      loadBundle: (): Promise<CorpusBundle> => Promise.reject(new Error('missing file')),
    });
    await expect(handlers.search({ query: 'x' }, {})).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(await handlers.corpusInfo({}, {})).toMatchObject({
      version: null,
      articles: 0,
      loading: false,
      error: expect.stringContaining('missing file'),
    });
  });

  it('opens the reader through its dependency, passing the sender’s tab', async () => {
    const { deps, handlers } = setup();
    expect(await handlers.openArticle({ id: 'a-oct29' }, { tabId: 3, tabIndex: 1 })).toEqual({
      opened: true,
    });
    expect(deps.openReader).toHaveBeenCalledWith('a-oct29', { tabId: 3, tabIndex: 1 });
  });
});
