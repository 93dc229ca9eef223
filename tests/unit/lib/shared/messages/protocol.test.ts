import { describe, expect, it } from 'vitest';
import {
  backgroundCalls,
  contentCalls,
  type BackgroundCalls,
  type ContentCalls,
} from '../../../../../lib/shared/messages/protocol';
import { check, LIMITS, READER_LIMITS } from '../../../../../lib/shared/messages/schema-kit';

const background = <K extends keyof BackgroundCalls>(call: K, request: unknown) =>
  check(backgroundCalls[call].request(), request);
const content = <K extends keyof ContentCalls>(call: K, request: unknown) =>
  check(contentCalls[call].request(), request);
const words = (r: { ok: boolean; message?: string }) => (r.ok ? '' : r.message);

describe('the request schemas', () => {
  it('accept well-formed requests for every call', () => {
    expect(
      background('relatedArticles', {
        entityId: 'luong-cuong',
        pageEntityIds: ['donald-trump'],
        limit: 5,
      }).ok,
    ).toBe(true);
    expect(background('search', { query: 'luong cuong' }).ok).toBe(true);
    expect(background('article', { id: 'a-1' }).ok).toBe(true);
    expect(background('corpusInfo', {}).ok).toBe(true);
    expect(background('openArticle', { id: 'a-1' }).ok).toBe(true);
    expect(content('pageEntities', {}).ok).toBe(true);
    expect(content('focusMention', { direction: 'previous', entityId: 'to-lam' }).ok).toBe(true);
  });

  const entityId = 'entityId must be a non-empty string';
  const limit = `limit must be an integer from 1 to ${LIMITS.results}`;
  it.each([
    ['a missing entity id', { pageEntityIds: [] }, entityId],
    ['an empty entity id', { entityId: '' }, entityId],
    ['a numeric entity id', { entityId: 7 }, entityId],
    ['a fractional limit', { entityId: 'x', limit: 2.5 }, limit],
    ['a limit of zero', { entityId: 'x', limit: 0 }, limit],
    ['too large a limit', { entityId: 'x', limit: LIMITS.results + 1 }, limit],
    [
      'page entities that are not strings',
      { entityId: 'x', pageEntityIds: [1] },
      `pageEntityIds must be at most ${LIMITS.pageEntities} ids`,
    ],
    ['an unknown field', { entityId: 'x', extra: true }, 'unknown field "extra"'],
    ['an unknown field beside a bad one', { entityId: 7, extra: true }, 'unknown field "extra"'],
    ['an array', ['x'], 'the request must be an object'],
    ['null', null, 'the request must be an object'],
  ])('refuse related-articles requests with %s', (_, request, message) => {
    expect(background('relatedArticles', request)).toEqual({ ok: false, message });
  });

  it('refuse a search query that is not a string or is too long', () => {
    const message = `query must be a string of at most ${LIMITS.query} characters`;
    expect(background('search', { query: 42 })).toEqual({ ok: false, message });
    expect(background('search', { query: 'x'.repeat(LIMITS.query + 1) })).toEqual({
      ok: false,
      message,
    });
  });

  it('refuse fields on calls that take none', () => {
    expect(background('corpusInfo', { sneaky: 1 })).toEqual({
      ok: false,
      message: 'unknown field "sneaky"',
    });
    expect(content('pageEntities', 'all')).toEqual({
      ok: false,
      message: 'the request must be an object',
    });
  });

  it('accept page text to sift and refuse parts that are not strings or too much text', () => {
    const good = { token: 't1', texts: ['Tô Lâm spoke.'] };
    expect(background('siftPage', good)).toEqual({ ok: true, value: good });
    const bad: Array<[unknown, string]> = [
      [{ ...good, texts: [1] }, 'texts must be'],
      [{ ...good, texts: 'Tô Lâm' }, 'texts must be'],
      [{ ...good, texts: ['x'.repeat(LIMITS.pageChars + 1)] }, 'texts must be'],
      [{ ...good, token: '' }, 'token must be'],
      [{ ...good, extra: 1 }, 'unknown field "extra"'],
    ];
    for (const [request, message] of bad)
      expect(words(background('siftPage', request))).toContain(message);
  });

  it('accept paragraphs to match as triples of integers, and names as ids', () => {
    const good = { token: 't1', runs: [[0, 0, 5, -1, 0, 0]], alreadyNamed: ['to-lam'] };
    expect(background('matchPage', good)).toEqual({ ok: true, value: good });
    const bad: Array<[unknown, string]> = [
      [{ ...good, runs: [[0, 0]] }, 'runs must be'],
      [{ ...good, runs: [[0, 0.5, 3]] }, 'runs must be'],
      [{ ...good, runs: 'all' }, 'runs must be'],
      [{ ...good, alreadyNamed: undefined }, 'alreadyNamed must be'],
      [{ token: 't1', runs: [] }, 'alreadyNamed must be'],
      [{ ...good, alreadyNamed: [''] }, 'alreadyNamed must be'],
    ];
    for (const [request, message] of bad)
      expect(words(background('matchPage', request))).toContain(message);
  });

  it('accept the top of a page as its text and its paragraphs together', () => {
    const good = { texts: ['Tô Lâm spoke.'], runs: [[0, 0, 13]], alreadyNamed: [] };
    expect(background('matchText', good)).toEqual({ ok: true, value: good });
    const bad: Array<[unknown, string]> = [
      [{ ...good, texts: [1] }, 'texts must be'],
      [{ ...good, runs: [[0, 0]] }, 'runs must be'],
      [{ texts: good.texts, runs: good.runs }, 'alreadyNamed must be'],
      [{ ...good, token: 't1' }, 'unknown field "token"'],
    ];
    for (const [request, message] of bad)
      expect(words(background('matchText', request))).toContain(message);
  });

  it('refuse a focus request without a direction, in words', () => {
    expect(content('focusMention', { direction: 'up' })).toEqual({
      ok: false,
      message: 'direction must be "next" or "previous"',
    });
    expect(content('focusMention', {})).toEqual({
      ok: false,
      message: 'direction must be "next" or "previous"',
    });
    expect(content('focusMention', { direction: 'next', entityId: '' })).toEqual({
      ok: false,
      message: 'entityId must be an id',
    });
  });

  it('refuse reader-article requests naming the field, or the item and its reason', () => {
    expect(background('readerArticleItems', { offset: -1, limit: 5 })).toEqual({
      ok: false,
      message: 'offset must be an integer ≥ 0',
    });
    expect(background('readerArticleItems', { offset: 0, limit: READER_LIMITS.page + 1 })).toEqual({
      ok: false,
      message: `limit must be an integer from 1 to ${READER_LIMITS.page}`,
    });
    expect(
      background('importBegin', { importId: 'i', total: 1, source: 'x'.repeat(2001) }),
    ).toEqual({
      ok: false,
      message: 'source must be text of at most 2000 characters',
    });
    expect(background('importChunk', { importId: 'i', items: 'many' })).toEqual({
      ok: false,
      message: `items must be a list of at most ${READER_LIMITS.chunk} articles`,
    });
    expect(words(background('importChunk', { importId: 'i', items: [{}] }))).toMatch(/^item 0: /);
    expect(background('clipTab', { tabId: -3 })).toEqual({
      ok: false,
      message: 'tabId must be a tab id',
    });
    expect(background('importCommit', {})).toEqual({
      ok: false,
      message: 'importId must be a non-empty string',
    });
    expect(background('pageMentions', { count: 1.5 })).toEqual({
      ok: false,
      message: 'count must be a whole number from 0',
    });
  });

  it('return only the known fields of a valid request', () => {
    expect(background('search', { query: 'q', limit: 3 })).toEqual({
      ok: true,
      value: { query: 'q', limit: 3 },
    });
  });
});

describe('the response schemas', () => {
  it('accept what the background answers and say where a reply is wrong', () => {
    const match = {
      entities: [{ id: 'to-lam', kind: 'leader', name: 'Tô Lâm' }],
      strings: ['Tô Lâm'],
      mentions: [0, 0, 0, 6, 0, 0, 0, 0],
    };
    expect(check(backgroundCalls.matchPage.response(), { match })).toEqual({
      ok: true,
      value: { match },
    });
    expect(check(backgroundCalls.matchPage.response(), { expired: true }).ok).toBe(true);
    expect(
      words(check(backgroundCalls.matchPage.response(), { match: { ...match, mentions: [0.5] } })),
    ).not.toBe('');
    expect(words(check(backgroundCalls.corpusInfo.response(), { version: 'v1' }))).toMatch(
      /^articles: Invalid/,
    );
  });
});
