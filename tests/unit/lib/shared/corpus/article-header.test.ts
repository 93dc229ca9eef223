import { describe, expect, it } from 'vitest';
import { readDateHeader, splitDateline } from '../../../../../lib/shared/corpus/article-header';
import { isCalendarDate } from '../../../../../lib/shared/format/calendar';
import { corpusErrorFrom } from './corpus-error-helpers';

describe('readDateHeader', () => {
  it('reads the date and keeps the rest of the line, leading space optional', () => {
    expect(readDateHeader('f', 1, ' date 2025-10-29 GYEONGJU — Text')).toEqual({
      date: '2025-10-29',
      rest: 'GYEONGJU — Text',
    });
    expect(readDateHeader('f', 1, 'date 2024-02-29')).toEqual({ date: '2024-02-29', rest: '' });
  });

  it('returns null for a headline', () => {
    expect(readDateHeader('f', 1, 'Vietnam, US step up negotiations')).toBeNull();
    expect(readDateHeader('f', 1, 'Dates set for APEC 2027')).toBeNull();
    expect(readDateHeader('f', 1, 'dated talk')).toBeNull();
  });

  it.each([
    ['date 29/10/2025', /unparseable date header "29\/10\/2025"/],
    ['date 2025-10-32', /impossible date/],
    ['date 2025-00-10', /impossible date/],
  ])('rejects %j with the given line', (line, reason) => {
    const e = corpusErrorFrom(() => readDateHeader('seeds/x.txt', 5, line));
    expect([e.file, e.line]).toEqual(['seeds/x.txt', 5]);
    expect(e.reason).toMatch(reason);
  });
});

describe('isCalendarDate', () => {
  it('knows leap years and month lengths', () => {
    expect([
      isCalendarDate(2024, 2, 29),
      isCalendarDate(2025, 2, 29),
      isCalendarDate(2025, 4, 31),
      isCalendarDate(2025, 12, 31),
    ]).toEqual([true, false, false, true]);
  });
});

describe('splitDateline', () => {
  it.each([
    ['GYEONGJU — President Cường', 'GYEONGJU', 'President Cường'],
    ['HÀ NỘI — Vietnamese Minister', 'HÀ NỘI', 'Vietnamese Minister'],
    ['Chủ tịch nước — text', null, 'Chủ tịch nước — text'],
    ['President Cường said — twice', null, 'President Cường said — twice'],
  ])('splits %j', (lead, place, rest) => {
    expect(splitDateline(lead)).toEqual({ place, rest });
  });
});
