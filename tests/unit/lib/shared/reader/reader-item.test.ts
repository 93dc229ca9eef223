import { describe, expect, it } from 'vitest';
import { checkReaderItem, isIsoDate } from '../../../../../lib/shared/reader/reader-item';
import { readerItem } from './helpers';

function reasonFor(value: unknown): string | undefined {
  const checked = checkReaderItem(value);
  return checked.ok ? undefined : checked.reason;
}

describe('checkReaderItem', () => {
  it('accepts a complete item and returns it trimmed', () => {
    const item = readerItem(1, { title: '  Padded title  ' });
    const checked = checkReaderItem(item);
    expect(checked).toEqual({ ok: true, item: { ...item, title: 'Padded title' } });
  });

  it('treats missing optional fields as null', () => {
    const rest: Record<string, unknown> = { ...readerItem(2) };
    for (const key of ['url', 'date', 'source', 'place', 'author']) delete rest[key];
    const checked = checkReaderItem(rest);
    expect(checked.ok && checked.item).toMatchObject({
      url: null,
      date: null,
      source: null,
      place: null,
      author: null,
    });
  });

  it.each([
    [{ date: '2025-02-30' }, /date must be YYYY-MM-DD/],
    [{ date: '30/10/2025' }, /date must be YYYY-MM-DD/],
    [{ language: 'fr' }, /language/],
    [{ url: 'javascript:alert(1)' }, /not http/],
    [{ url: 42 }, /url must be/],
    [{ title: '   ' }, /title is missing/],
    [{ paragraphs: [] }, /paragraphs must be/],
    [{ paragraphs: ['ok', 7] }, /paragraph 2 is not text/],
    [{ addedAt: 'yesterday' }, /addedAt/],
    [{ source: 5 }, /source must be text/],
  ])('refuses %j with a reason', (override, reason) => {
    expect(reasonFor({ ...readerItem(3), ...override })).toMatch(reason);
  });

  it('refuses unknown fields and non-objects', () => {
    expect(reasonFor({ ...readerItem(4), mentions: [] })).toBe('unknown field "mentions"');
    expect(reasonFor([readerItem(4)])).toBe('an article must be an object');
    expect(reasonFor(null)).toBe('an article must be an object');
  });
});

describe('isIsoDate', () => {
  it('knows leap days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });
});
