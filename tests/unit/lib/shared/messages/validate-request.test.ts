import { describe, expect, it } from 'vitest';
import {
  backgroundValidators,
  contentValidators,
  LIMITS,
} from '../../../../../lib/shared/messages/validate-request';

describe('backgroundValidators', () => {
  it('accepts well-formed requests for every call', () => {
    expect(
      backgroundValidators.relatedArticles({
        entityId: 'luong-cuong',
        pageEntityIds: ['donald-trump'],
        limit: 5,
      }).ok,
    ).toBe(true);
    expect(backgroundValidators.search({ query: 'luong cuong' }).ok).toBe(true);
    expect(backgroundValidators.article({ id: 'a-1' }).ok).toBe(true);
    expect(backgroundValidators.corpusInfo({}).ok).toBe(true);
    expect(backgroundValidators.openArticle({ id: 'a-1' }).ok).toBe(true);
    expect(contentValidators.pageEntities({}).ok).toBe(true);
  });

  it.each([
    ['a missing entity id', { pageEntityIds: [] }],
    ['an empty entity id', { entityId: '' }],
    ['a numeric entity id', { entityId: 7 }],
    ['a fractional limit', { entityId: 'x', limit: 2.5 }],
    ['a limit of zero', { entityId: 'x', limit: 0 }],
    ['too large a limit', { entityId: 'x', limit: LIMITS.results + 1 }],
    ['page entities that are not strings', { entityId: 'x', pageEntityIds: [1] }],
    ['an unknown field', { entityId: 'x', extra: true }],
    ['an array', ['x']],
    ['null', null],
  ])('rejects related-articles requests with %s', (_, request) => {
    expect(backgroundValidators.relatedArticles(request)).toMatchObject({
      ok: false,
      message: expect.any(String),
    });
  });

  it('rejects a search query that is not a string or is too long', () => {
    expect(backgroundValidators.search({ query: 42 }).ok).toBe(false);
    expect(backgroundValidators.search({ query: 'x'.repeat(LIMITS.query + 1) }).ok).toBe(false);
  });

  it('rejects fields on calls that take none', () => {
    expect(backgroundValidators.corpusInfo({ sneaky: 1 }).ok).toBe(false);
    expect(contentValidators.pageEntities('all').ok).toBe(false);
  });

  it('accepts page text to sift and rejects parts that are not strings or too much text', () => {
    const good = { token: 't1', texts: ['Tô Lâm spoke.'] };
    expect(backgroundValidators.siftPage(good)).toEqual({ ok: true, value: good });
    const bad: Array<[unknown, string]> = [
      [{ ...good, texts: [1] }, 'texts must be'],
      [{ ...good, texts: 'Tô Lâm' }, 'texts must be'],
      [{ ...good, texts: ['x'.repeat(LIMITS.pageChars + 1)] }, 'texts must be'],
      [{ ...good, token: '' }, 'token must be'],
      [{ ...good, extra: 1 }, 'unknown field "extra"'],
    ];
    for (const [request, message] of bad) {
      const r = backgroundValidators.siftPage(request);
      expect(r.ok ? '' : r.message).toContain(message);
    }
  });

  it('accepts paragraphs to match as triples of integers, and names as ids', () => {
    const good = { token: 't1', runs: [[0, 0, 5, -1, 0, 0]], alreadyNamed: ['to-lam'] };
    expect(backgroundValidators.matchPage(good)).toEqual({ ok: true, value: good });
    const bad: Array<[unknown, string]> = [
      [{ ...good, runs: [[0, 0]] }, 'runs must be'],
      [{ ...good, runs: [[0, 0.5, 3]] }, 'runs must be'],
      [{ ...good, runs: 'all' }, 'runs must be'],
      [{ ...good, alreadyNamed: undefined }, 'alreadyNamed must be'],
      [{ ...good, alreadyNamed: [''] }, 'alreadyNamed must be'],
    ];
    for (const [request, message] of bad) {
      const r = backgroundValidators.matchPage(request);
      expect(r.ok ? '' : r.message).toContain(message);
    }
  });

  it('returns only the known fields of a valid request', () => {
    const r = backgroundValidators.search({ query: 'q', limit: 3 });
    expect(r).toEqual({ ok: true, value: { query: 'q', limit: 3 } });
  });
});
