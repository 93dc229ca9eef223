import { describe, expect, it } from 'vitest';
import {
  articleRows,
  entityArticleRows,
  mentionsOf,
} from '../../../../../lib/background/db/bundle-rows';
import { makeBundle } from '../../../fixtures/corpus-bundle';

describe('rows built from a bundle', () => {
  it('lists each entity’s articles newest first with undated ones last', () => {
    const bundle = makeBundle('v1');
    for (const row of entityArticleRows(bundle.articles, bundle.mentions)) {
      const dated = row.sortDates.filter((d) => d !== '');
      expect(dated).toEqual([...dated].sort().reverse());
      expect(row.sortDates.slice(dated.length).every((d) => d === '')).toBe(true);
      const expected = new Set(
        bundle.mentions.filter((m) => m.entityId === row.entityId).map((m) => m.articleId),
      );
      expect(new Set(row.articleIds)).toEqual(expected);
    }
  });

  it('gives every article back exactly the mentions the bundle has for it', () => {
    const bundle = makeBundle('v1');
    const rows = articleRows(bundle.articles, bundle.mentions, 'bundled');
    const key = (m: { articleId: string; paragraph: number; start: number; entityId: string }) =>
      `${m.articleId}/${m.paragraph}/${m.start}/${m.entityId}`;
    const back = rows.flatMap(mentionsOf).map(key).sort();
    expect(back).toEqual(bundle.mentions.map(key).sort());
  });

  it('refuses a mention whose positions are not whole numbers', () => {
    const bundle = makeBundle('v1');
    bundle.mentions.push({ ...bundle.mentions[0]!, start: Number.NaN });
    expect(() => entityArticleRows(bundle.articles, bundle.mentions)).toThrow(/malformed/);
  });
});
