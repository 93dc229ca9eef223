import { describe, expect, it } from 'vitest';
import { findInOrder } from '../../../../lib/match/find-in-order';
import { gazetteerMatcher } from './gazetteer-matcher';

const matcher = gazetteerMatcher();

describe('findInOrder', () => {
  it('finds in each part exactly what the matcher finds in it alone when no name carries over', () => {
    const texts = ['President Lương Cường met the press.', 'Nothing here.', 'Donald Trump spoke.'];
    const parts = findInOrder(matcher, texts, []);
    expect(parts).toEqual(texts.map((t) => matcher.findMentions(t)));
  });

  it('lets a short form count in a later part once an earlier part named the leader in full', () => {
    const alone = matcher.findMentions('Cường then left for Seoul.');
    const [, later] = findInOrder(
      matcher,
      ['President Lương Cường arrived.', 'Cường then left for Seoul.'],
      [],
    );
    expect(alone.map((m) => m.entityId)).not.toContain('luong-cuong');
    expect(later?.map((m) => [m.entityId, m.rule])).toContainEqual(['luong-cuong', 'after-full']);
  });

  it('starts from the names the page already showed in full', () => {
    const [only] = findInOrder(matcher, ['Cường then left for Seoul.'], ['luong-cuong']);
    expect(only?.map((m) => m.entityId)).toEqual(['luong-cuong']);
  });

  it('does not carry a name backwards into an earlier part', () => {
    const [first] = findInOrder(
      matcher,
      ['Cường then left for Seoul.', 'President Lương Cường arrived.'],
      [],
    );
    expect(first).toEqual([]);
  });
});
