import { describe, expect, it } from 'vitest';
import { parseArticleMeta, withArticleMeta } from '../../../../../lib/shared/corpus/article-meta';
import { parseArticle } from '../../../../../lib/shared/corpus/parse-article';
import { corpusErrorFrom, utf8 } from './corpus-error-helpers';

const undated = parseArticle(
  'seeds/x.txt',
  utf8('Vietnam, US step up talks\n\nMinister Dien met the ambassador.'),
);
const dated = parseArticle(
  'seeds/y.txt',
  utf8(' date 2025-10-29 GYEONGJU — Lee met Cường. More.\n\n— VNS'),
);

describe('parseArticleMeta', () => {
  it('reads the known fields and leaves out the missing ones', () => {
    const meta = parseArticleMeta(
      'm.json',
      '{ "date": "2025-05-07", "url": "https://example.org/a", "language": "en" }',
    );
    expect(meta).toEqual({ date: '2025-05-07', url: 'https://example.org/a', language: 'en' });
  });

  it.each([
    ['{\n  "date": "2025-02-30"\n}', 2, /impossible date "2025-02-30"/],
    ['{\n  "date": "May 7"\n}', 2, /dates are YYYY-MM-DD/],
    ['{\n  "title": "T",\n  "url": "javascript:alert(1)"\n}', 3, /not an http\(s\) address/],
    ['{\n  "titel": "T"\n}', 2, /unknown field "titel"/],
    ['{\n  "title": ""\n}', 2, /"title" of the metadata must be a non-empty string/],
    ['[]', 1, /a metadata file is an object/],
    ['{\n  "date": "2025-05-07",\n}', 3, /invalid JSON/],
  ])('rejects %j at line %i', (text, line, reason) => {
    const e = corpusErrorFrom(() => parseArticleMeta('seeds/x.meta.json', text));
    expect([e.file, e.line]).toEqual(['seeds/x.meta.json', line]);
    expect(e.reason).toMatch(reason);
  });
});

describe('withArticleMeta', () => {
  it('gives an undated article the date and title the sidecar states', () => {
    const a = withArticleMeta(
      undated,
      'seeds/x.meta.json',
      '{ "date": "2025-05-07", "title": "Explicit title" }',
    );
    expect([a.date, a.title, a.paragraphs]).toEqual([
      '2025-05-07',
      'Explicit title',
      undated.paragraphs,
    ]);
  });

  it('overrides an inferred source and language', () => {
    const a = withArticleMeta(dated, 'm.json', '{ "source": "VNA", "language": "vi" }');
    expect([dated.source, a.source, a.language, a.date]).toEqual([
      'VNS',
      'VNA',
      'vi',
      '2025-10-29',
    ]);
  });

  it('refuses a date that contradicts the date header', () => {
    const e = corpusErrorFrom(() =>
      withArticleMeta(dated, 'seeds/y.meta.json', '{\n"title": "T",\n"date": "2025-10-30"}'),
    );
    expect([e.file, e.line, e.reason]).toEqual([
      'seeds/y.meta.json',
      3,
      "date 2025-10-30 contradicts the article's date header 2025-10-29",
    ]);
  });

  it('accepts a date equal to the header', () => {
    expect(withArticleMeta(dated, 'm.json', '{ "date": "2025-10-29" }').date).toBe('2025-10-29');
  });
});
