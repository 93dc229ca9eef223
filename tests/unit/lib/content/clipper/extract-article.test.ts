// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../../lib/content/clipper/extract-article';

const PAGES = join(import.meta.dirname, '../../../../pages/corpus-growth');
const now = new Date('2025-11-08T12:00:00.000Z');

function page(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES, name), 'utf8'), 'text/html');
}

describe('extractArticle', () => {
  it('reads title, meta date (as published, not UTC), site, language, dateline and paragraphs', () => {
    const result = extractArticle(page('article-en.html'), 'https://ht.example/trade', now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { item } = result;
    expect(item).toMatchObject({
      url: 'https://ht.example/trade',
      title: 'Việt Nam and the US agree on next steps for trade',
      date: '2025-11-03',
      language: 'en',
      source: 'Harbour Times',
      place: 'HÀ NỘI',
      addedAt: now.toISOString(),
    });
    expect(item.paragraphs[0]).toMatch(/^President Lương Cường received/);
    expect(item.paragraphs.join(' ')).toContain('Comprehensive Strategic Partnership');
    expect(item.paragraphs.join(' ')).not.toMatch(/Most read|Football/);
  });

  it('takes the date from JSON-LD in a @graph and the language from <html lang>', () => {
    const result = extractArticle(page('article-vi.html'), 'https://shn.example/a', now);
    expect(result.ok && result.item).toMatchObject({
      date: '2025-11-05',
      language: 'vi',
      source: 'Báo Sông Hồng',
    });
  });

  it('invents no date when the only times on the page belong to comments', () => {
    const result = extractArticle(page('article-undated.html'), 'https://c.example/coffee', now);
    expect(result.ok && result.item.date).toBeNull();
    expect(result.ok && result.item.source).toBe('c.example');
  });

  it('says a front page is not an article', () => {
    expect(extractArticle(page('not-article.html'), 'https://ht.example/', now)).toEqual({
      ok: false,
      reason: 'not-article',
    });
  });

  it('leaves the page itself unchanged', () => {
    const doc = page('article-en.html');
    const before = doc.body.textContent;
    extractArticle(doc, 'https://ht.example/trade', now);
    expect(doc.body.textContent).toBe(before);
  });
});
