// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dayOf, publishedDate } from '../../../../lib/content/published-date';

const doc = (head: string, body = '') =>
  new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );

describe('publishedDate', () => {
  it('prefers the article:published_time meta tag', () => {
    const d = doc(
      '<meta property="article:published_time" content="2025-10-29T23:30:00-05:00">',
      '<article><time datetime="2024-01-01">old</time></article>',
    );
    expect(publishedDate(d)).toBe('2025-10-29');
  });

  it('reads JSON-LD datePublished, skipping a broken block', () => {
    const d = doc(
      '<script type="application/ld+json">{ broken</script>' +
        '<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2025-11-01"}]</script>',
    );
    expect(publishedDate(d)).toBe('2025-11-01');
  });

  it('uses a <time> inside the article, or a marked one', () => {
    expect(
      publishedDate(
        doc('', '<article><p>x</p><time datetime="2025-09-02T10:00">x</time></article>'),
      ),
    ).toBe('2025-09-02');
    expect(
      publishedDate(
        doc(
          '',
          '<time datetime="2025-01-01">a</time><time itemprop="datePublished" datetime="2025-03-04">b</time>',
        ),
      ),
    ).toBe('2025-03-04');
  });

  it('gives null rather than a guess: no date, impossible dates, several unmarked times', () => {
    expect(publishedDate(doc('<title>2025-11-01 news</title>'))).toBeNull();
    expect(publishedDate(doc('<meta name="date" content="2025-02-30">'))).toBeNull();
    expect(
      publishedDate(
        doc('', '<time datetime="2025-01-01">a</time><time datetime="2025-01-02">b</time>'),
      ),
    ).toBeNull();
  });
});

describe('dayOf', () => {
  it('keeps the written day of a timestamp', () => {
    expect(dayOf('2025-10-30T06:00:00+07:00')).toBe('2025-10-30');
    expect(dayOf('Oct 30, 2025')).toBeNull();
  });
});
