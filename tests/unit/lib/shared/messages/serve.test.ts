import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CallFailure } from '../../../../../lib/shared/messages/call-failure';
import {
  callBackground,
  callBackgroundResult,
  callContentResult,
} from '../../../../../lib/shared/messages/client';
import {
  backgroundCalls,
  type BackgroundCalls,
  type Handlers,
} from '../../../../../lib/shared/messages/protocol';
import { answer } from '../../../../../lib/shared/messages/serve';
import { serveBackground } from '../../../../../lib/shared/messages/serve-background';

const self = () => ({ id: fakeBrowser.runtime.id });

function handlers(overrides: Partial<Handlers<BackgroundCalls>> = {}): Handlers<BackgroundCalls> {
  return {
    relatedArticles: async () => ({ entity: null, articles: [], total: 0 }),
    search: async ({ query }) => ({ hits: query ? [] : [] }),
    article: async () => ({ article: null, mentions: [], entities: [] }),
    corpusInfo: async () => ({
      version: 'v1',
      articles: 1,
      entities: 1,
      newestDate: null,
      loading: false,
      error: null,
    }),
    openArticle: async () => ({ opened: true }),
    // reader articles
    clipTab: async () => ({ status: 'failed', message: 'no tab' }),
    readerArticles: async () => ({ articles: [] }),
    readerArticleItems: async () => ({ items: [], total: 0 }),
    deleteReaderArticle: async () => ({ removed: null }),
    importBegin: async () => ({ started: true }),
    importChunk: async () => ({ staged: 0 }),
    importCommit: async () => ({ state: 'saving' }),
    importAbort: async () => ({ aborted: false }),
    importNotes: async () => ({ imports: [] }),
    // reader controls
    entities: async () => ({ entities: [] }),
    pageMentions: async () => ({ badge: '' }),
    // page matching
    siftPage: async ({ texts }) => ({ at: texts.map(() => []) }),
    matchPage: async () => ({ expired: true }),
    matchText: async () => ({ match: { entities: [], strings: [], mentions: [] } }),
    loadCard: async () => ({ loaded: false }),
    ...overrides,
  };
}

/** Deliver runtime messages to the listeners with a sender that is this extension, as the browser does. */
function deliverFromSelf() {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    let reply: unknown;
    const done = new Promise<void>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(message, self(), (r: unknown) => {
        reply = r;
        resolve();
      });
    });
    await done;
    return reply;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const envelope = (call: string, request: unknown) => ({
  backstory: 1,
  to: 'background',
  call,
  request,
});

describe('answer', () => {
  it('dispatches a valid request to its handler', async () => {
    const h = handlers({
      article: async ({ id }) => ({
        article: null,
        mentions: [],
        entities: [
          { id, kind: 'leader', name: { en: id, vi: id }, role: { en: '', vi: '' }, country: '' },
        ],
      }),
    });
    const r = await answer(envelope('article', { id: 'x1' }), self(), backgroundCalls, h);
    expect(r).toMatchObject({ ok: true, value: { entities: [{ id: 'x1' }] } });
  });

  it.each([
    ['not an object', 'hello', 'not a Backstory message'],
    ['no marker', { call: 'article', request: { id: 'x' } }, 'not a Backstory message'],
    ['an unknown call', envelope('dropTables', {}), 'unknown call "dropTables"'],
    ['an inherited call name', envelope('toString', {}), 'unknown call "toString"'],
    [
      'a malformed request',
      envelope('article', { id: 5 }),
      'article: id must be a non-empty string',
    ],
    ['a request with no fields', envelope('article', {}), 'article: id must be a non-empty string'],
  ])('answers a message with %s with a bad-request error', async (_, message, words) => {
    const r = await answer(message, self(), backgroundCalls, handlers());
    expect(r).toEqual({ ok: false, error: { code: 'bad-request', message: words } });
  });

  it('refuses messages from another extension', async () => {
    const r = await answer(
      envelope('corpusInfo', {}),
      { id: 'someone-else' },
      backgroundCalls,
      handlers(),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('turns a thrown error into an internal error and a CallFailure into its own code', async () => {
    const boom = handlers({
      search: async () => {
        throw new Error('disk on fire');
      },
    });
    expect(await answer(envelope('search', { query: 'q' }), self(), backgroundCalls, boom)).toEqual(
      { ok: false, error: { code: 'internal', message: 'disk on fire' } },
    );
    const gone = handlers({
      search: async () => {
        throw new CallFailure('unavailable', 'no corpus');
      },
    });
    expect(
      await answer(envelope('search', { query: 'q' }), self(), backgroundCalls, gone),
    ).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('answers timeout when a handler never finishes', async () => {
    const stuck = handlers({ corpusInfo: () => new Promise(() => undefined) });
    const r = await answer(envelope('corpusInfo', {}), self(), backgroundCalls, stuck, 20);
    expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });
});

describe('callBackground through serveBackground', () => {
  it('round-trips a call to its handler and back', async () => {
    deliverFromSelf();
    serveBackground(handlers());
    expect(await callBackground('corpusInfo', {})).toMatchObject({ version: 'v1' });
  });

  it('rejects with a typed CallFailure when the background refuses the request', async () => {
    deliverFromSelf();
    serveBackground(handlers());
    const bad = { id: '' };
    await expect(callBackground('article', bad)).rejects.toMatchObject({
      name: 'CallFailure',
      code: 'bad-request',
    });
  });

  it('stops listening when the returned function is called', async () => {
    deliverFromSelf();
    const stop = serveBackground(handlers());
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('client results', () => {
  it('resolves with a timeout error when nobody answers in time', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      () => new Promise(() => undefined),
    );
    expect(await callBackgroundResult('corpusInfo', {}, { timeoutMs: 10 })).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
  });

  it('says unavailable when a tab has no content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await callContentResult(1, 'pageEntities', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('says unavailable when the reply is not a call result', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(await callBackgroundResult('corpusInfo', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('checks a reply by its response schema: a malformed one is an internal error that says where', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      value: { hits: [{ id: 'a', title: 7 }] },
    } as never);
    const r = await callBackgroundResult('search', { query: 'q' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('internal');
    expect(r.error.message).toMatch(/^search: the answer is malformed \(hits\.0\.\w+: Invalid/);
  });

  it('hands on a well-formed reply as its schema reads it', async () => {
    const hit = {
      id: 'a',
      date: null,
      title: 'T',
      language: 'en',
      source: null,
      place: null,
      snippet: 's',
      score: 0.5,
    };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      value: { hits: [hit] },
    } as never);
    expect(await callBackgroundResult('search', { query: 'q' })).toEqual({
      ok: true,
      value: { hits: [hit] },
    });
  });

  it("checks a content script's reply too", async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      value: { found: 'yes' },
    } as never);
    expect(await callContentResult(1, 'focusMention', { direction: 'next' })).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/^focusMention: the answer is malformed \(found: /),
      },
    });
  });
});
