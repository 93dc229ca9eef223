import { describe, expect, it } from 'vitest';
import {
  contentHash,
  normalizeUrl,
  readerArticleId,
  READER_ID_PREFIX,
} from '../../../../../lib/shared/reader/identity';
import { readerItem } from './helpers';

describe('normalizeUrl', () => {
  it('drops fragments, tracking parameters and a trailing slash, and sorts the rest', () => {
    expect(normalizeUrl('https://News.Example.org/a/b/?utm_source=x&z=1&a=2#comments')).toBe(
      'https://news.example.org/a/b?a=2&z=1',
    );
  });

  it('keeps parameters that choose the article', () => {
    expect(normalizeUrl('https://example.org/read?id=7')).not.toBe(
      normalizeUrl('https://example.org/read?id=8'),
    );
  });
});

describe('contentHash', () => {
  it('is the same for the same text in other white space and case', async () => {
    const a = readerItem(1);
    const b = {
      ...a,
      title: a.title.toUpperCase(),
      paragraphs: a.paragraphs.map((p) => `  ${p.replace(/ /g, '\n ')} `),
    };
    expect(await contentHash(b)).toBe(await contentHash(a));
  });

  it('differs when a word differs', async () => {
    const a = readerItem(1);
    const b = { ...a, paragraphs: [...a.paragraphs.slice(0, -1), 'Another ending.'] };
    expect(await contentHash(b)).not.toBe(await contentHash(a));
  });

  it('gives ids that cannot collide with seed file stems', async () => {
    const id = readerArticleId(await contentHash(readerItem(1)));
    expect(id.startsWith(READER_ID_PREFIX)).toBe(true);
    expect(id).toMatch(/^reader-[0-9a-f]{16}$/);
  });
});
