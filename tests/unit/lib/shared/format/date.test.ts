import { describe, expect, it } from 'vitest';
import { dateTimeAttribute, formatDate, undatedLabel } from '../../../../../lib/shared/format/date';

describe('formatDate', () => {
  it('writes day, short month and year in British English', () => {
    expect(formatDate('2025-10-29', 'en-GB')).toBe('29 Oct 2025');
  });

  it('writes the Vietnamese short form with "thg"', () => {
    expect(formatDate('2025-10-29', 'vi')).toBe('29 thg 10, 2025');
    expect(formatDate('2025-05-07', 'vi-VN')).toBe('7 thg 5, 2025');
  });

  it('follows the reader locale rather than one fixed order', () => {
    expect(formatDate('2025-10-29', 'en-US')).toBe('Oct 29, 2025');
  });

  it('keeps the calendar day whatever the time zone (dates have no time)', () => {
    expect(formatDate('2025-01-01', 'en-GB')).toBe('1 Jan 2025');
    expect(formatDate('2025-12-31', 'en-GB')).toBe('31 Dec 2025');
  });

  it('says undated when there is no date, in the reader language', () => {
    expect(formatDate(null, 'en-GB')).toBe('undated');
    expect(formatDate(undefined, 'en-US')).toBe('undated');
    expect(formatDate(null, 'vi')).toBe('không rõ ngày');
  });

  it('never shows a malformed or impossible date as a date', () => {
    expect(formatDate('2025-02-30', 'en-GB')).toBe('undated');
    expect(formatDate('29/10/2025', 'en-GB')).toBe('undated');
    expect(formatDate('2025-10-29T10:00', 'vi')).toBe('không rõ ngày');
  });
});

describe('undatedLabel', () => {
  it('falls back to English for languages the interface does not speak', () => {
    expect(undatedLabel('fr-FR')).toBe('undated');
  });
});

describe('dateTimeAttribute', () => {
  it('gives the ISO day for a datetime attribute and nothing for undated articles', () => {
    expect(dateTimeAttribute('2025-10-29')).toBe('2025-10-29');
    expect(dateTimeAttribute(null)).toBeUndefined();
  });
});
