import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../../../../lib/shared/corpus/corpus-error';
import { articleId, parseArticle } from '../../../../../lib/shared/corpus/parse-article';
import { corpusErrorFrom, utf8 } from './corpus-error-helpers';

const SEEDS = join(__dirname, '../../../../../seeds');
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}`);
  return parseArticle(`seeds/${name}`, readFileSync(join(SEEDS, name)));
};
const BODY = 'First paragraph of the article. It is long enough.\n\nSecond paragraph.';

describe('parseArticle on the seeds', () => {
  it('leaves 004 undated and takes its first line as the title', () => {
    const a = seed('004_');
    expect(a.date).toBeNull();
    expect(a.title).toBe('Vietnam, US step up negotiations on economic, trade issues');
    expect(a.paragraphs[0]).toMatch(/^Minister of Industry and Trade Nguyen Hong Dien called/);
  });

  it('recognises 001 as Vietnamese and the others as English', () => {
    expect(seed('001_').language).toBe('vi');
    for (const p of ['000_', '002_', '003_', '004_']) expect(seed(p).language).toBe('en');
  });

  it('reads the GYEONGJU dateline and the VNA/VNS signature of 003', () => {
    const a = seed('003_');
    expect([a.id, a.date, a.place, a.source]).toEqual([
      '003_936c27233a25ce62',
      '2025-10-30',
      'GYEONGJU',
      'VNA/VNS',
    ]);
    expect(a.paragraphs[0]).toMatch(/^Vietnamese State President Lương Cường held talks/);
    expect(a.paragraphs.at(-1)).toMatch(/Movement\.$/);
  });

  it('reads a HÀ NỘI dateline, a bare VNS signature and a by-line', () => {
    expect(seed('002_').place).toBe('HÀ NỘI');
    expect(seed('000_').source).toBe('VNS');
    const vi = seed('001_');
    expect([vi.place, vi.source, vi.author]).toEqual([null, null, 'Như Tâm']);
    expect(vi.paragraphs.join('\n')).not.toContain('Như Tâm');
  });

  it('derives the title of a dated seed from the first sentence of its lead', () => {
    const a = seed('003_');
    expect(a.paragraphs[0]?.startsWith(a.title.replace(/…$/, ''))).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(111);
  });
});

describe('parseArticle on bad input', () => {
  it.each([
    ['date yesterday\nGYEONGJU — Text.', 1, /unparseable date header "yesterday"/],
    [' date 2025-13-40 GYEONGJU — Text.', 1, /impossible date "2025-13-40"/],
    ['\n\n date 2025-02-29 Text.', 3, /impossible date "2025-02-29"/],
    ['date\nText.', 1, /date header without a date/],
  ])('rejects the date header in %j at line %i', (text, line, reason) => {
    const e = corpusErrorFrom(() => parseArticle('seeds/x.txt', utf8(text)));
    expect([e.file, e.line]).toEqual(['seeds/x.txt', line]);
    expect(e.reason).toMatch(reason);
  });

  it.each(['', '   \n\t\r\n  ', '\uFEFF'])(
    'rejects an empty or blank file (%j) at line 1',
    (text) => {
      const e = corpusErrorFrom(() => parseArticle('seeds/empty.txt', utf8(text)));
      expect([e.file, e.line]).toEqual(['seeds/empty.txt', 1]);
      expect(e.reason).toMatch(/^empty file/);
    },
  );

  it('rejects invalid UTF-8 at the line of the first bad byte', () => {
    const bytes = new Uint8Array([
      ...utf8('Headline\n\nGood line.\nBad '),
      0xff,
      ...utf8(' here.\n'),
    ]);
    const e = corpusErrorFrom(() => parseArticle('seeds/latin1.txt', bytes));
    expect([e.file, e.line]).toEqual(['seeds/latin1.txt', 4]);
    expect(e.reason).toMatch(/invalid UTF-8 \(byte 0xFF at byte offset 25\)/);
  });

  it('rejects a multi-byte sequence cut off by the end of the file', () => {
    const bytes = new Uint8Array([...utf8('Headline\n\nText '), 0xe1, 0xbb]);
    expect(corpusErrorFrom(() => parseArticle('t.txt', bytes)).line).toBe(3);
  });

  it('rejects a header with no body', () => {
    expect(
      corpusErrorFrom(() => parseArticle('t.txt', utf8('date 2025-01-02\n\n'))).reason,
    ).toMatch(/no body text/);
  });
});

describe('parseArticle text handling', () => {
  it('gives the same article for CRLF, CR and LF line endings and with a BOM', () => {
    const lf = parseArticle('a.txt', utf8(` date 2025-05-17 HÀ NỘI — ${BODY}`));
    expect(
      parseArticle('a.txt', utf8(`\uFEFF date 2025-05-17 HÀ NỘI — ${BODY}`.replace(/\n/g, '\r\n'))),
    ).toEqual(lf);
    expect(
      parseArticle('a.txt', utf8(` date 2025-05-17 HÀ NỘI — ${BODY}`.replace(/\n/g, '\r'))),
    ).toEqual(lf);
    expect(lf.paragraphs).toEqual([
      'First paragraph of the article. It is long enough.',
      'Second paragraph.',
    ]);
  });

  it('normalises decomposed text to NFC', () => {
    const a = parseArticle(
      'b.txt',
      utf8('Lu\u031Bo\u031Bng Cu\u031Bo\u0300\u031Bng visits\n\nBody.'.normalize('NFD')),
    );
    expect(a.title).toBe('Lương Cường visits');
    expect(a.title).toBe(a.title.normalize('NFC'));
  });

  it('splits paragraphs on blank lines, joins wrapped lines and drops empty ones', () => {
    const a = parseArticle('c.txt', utf8('Headline\n\n\n  One\n  wrapped.  \n \t \nTwo.\n\n\n'));
    expect(a.paragraphs).toEqual(['One wrapped.', 'Two.']);
  });

  it('finds a dateline on the line after a bare date header', () => {
    const a = parseArticle('d.txt', utf8('date 2025-10-30\nGYEONGJU — Lee met Cường. More.\n'));
    expect([a.date, a.place, a.title, a.paragraphs[0]]).toEqual([
      '2025-10-30',
      'GYEONGJU',
      'Lee met Cường',
      'Lee met Cường. More.',
    ]);
  });

  it('takes no place from an undated file and no date from a headline', () => {
    const a = parseArticle('e.txt', utf8('HÀ NỘI — headline\n\nBody in 2025-01-01.'));
    expect([a.date, a.place, a.title]).toEqual([null, null, 'HÀ NỘI — headline']);
  });

  it('uses the file stem in NFC as the id and keeps the given origin', () => {
    const a = parseArticle('some/dir/Ca\u0301.txt', utf8('T\n\nB.'), 'reader');
    expect([a.id, a.origin]).toEqual(['Cá', 'reader']);
    expect(articleId('x\\y\\005_abc.txt')).toBe('005_abc');
  });
});

describe('parseArticle on arbitrary bytes', () => {
  it('returns an Article or throws a CorpusError, never anything else', () => {
    const structured = fc
      .array(
        fc.constantFrom(
          'date ',
          ' date 2025-10-29 ',
          'GYEONGJU — ',
          'HÀ NỘI —',
          '\n',
          '\r\n',
          '\n\n',
          'VNS',
          '— VNA/VNS',
          'Như Tâm',
          'Text.',
          '\uFEFF',
          ' ',
        ),
      )
      .map((parts) => utf8(parts.join('')));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      structured,
      fc.string({ unit: 'grapheme' }).map(utf8),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        try {
          const a = parseArticle('f.txt', input);
          expect(a.paragraphs.length).toBeGreaterThan(0);
          expect(a.paragraphs.every((p) => p === p.trim() && p !== '')).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(CorpusError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
