import { describe, expect, it } from 'vitest';
import {
  backgroundValidators,
  contentValidators,
  LIMITS,
} from '../../../../lib/messages/validate-request';

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

  it('accepts page text to match and rejects parts that are not strings or too much text', () => {
    const good = { texts: ['Tô Lâm spoke.'], alreadyNamed: ['to-lam'], tables: 'v1' };
    expect(backgroundValidators.findMentions(good)).toEqual({ ok: true, value: good });
    const bad = [
      { ...good, texts: [1] },
      { ...good, texts: 'Tô Lâm' },
      { ...good, texts: ['x'.repeat(LIMITS.pageChars + 1)] },
      { ...good, alreadyNamed: undefined },
      { ...good, tables: '' },
      { ...good, extra: 1 },
    ];
    for (const request of bad) expect(backgroundValidators.findMentions(request).ok).toBe(false);
  });

  it('returns only the known fields of a valid request', () => {
    const r = backgroundValidators.search({ query: 'q', limit: 3 });
    expect(r).toEqual({ ok: true, value: { query: 'q', limit: 3 } });
  });
});
