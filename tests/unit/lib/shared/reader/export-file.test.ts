import { describe, expect, it } from 'vitest';
import {
  buildExportFile,
  EXPORT_FORMAT,
  EXPORT_SCHEMA,
  ImportFileError,
  parseExportFile,
} from '../../../../../lib/shared/reader/export-file';
import { readerItem } from './helpers';

const now = new Date('2025-11-02T10:00:00.000Z');

describe('export file', () => {
  it('round-trips articles and settings through JSON', () => {
    const articles = [readerItem(1), readerItem(2, { url: null, date: null })];
    const settings = { theme: 'dark', disabledSites: ['example.com'] };
    const file = buildExportFile(articles, settings, now);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, schema: EXPORT_SCHEMA });
    const parsed = parseExportFile(JSON.stringify(file));
    expect(parsed).toEqual({ items: articles, problems: [], settings });
  });

  it('leaves settings out when there are none', () => {
    const parsed = parseExportFile(
      JSON.stringify(buildExportFile([readerItem(1)], undefined, now)),
    );
    expect(parsed.settings).toBeUndefined();
  });

  it('reports each bad article with its position, title and reason, and keeps the good ones', () => {
    const file = buildExportFile([readerItem(1), readerItem(2), readerItem(3)], undefined, now);
    const raw = JSON.parse(JSON.stringify(file));
    raw.articles[1].date = '2025-13-01';
    raw.articles.push({ title: 'No body', language: 'en', addedAt: now.toISOString() });
    const parsed = parseExportFile(JSON.stringify(raw));
    expect(parsed.items.map((i) => i.title)).toEqual([readerItem(1).title, readerItem(3).title]);
    expect(parsed.problems).toEqual([
      { where: 1, title: readerItem(2).title, reason: expect.stringMatching(/date/) },
      { where: 3, title: 'No body', reason: expect.stringMatching(/paragraphs/) },
    ]);
  });

  it.each([
    ['not json', /not valid JSON/],
    ['{"format":"something-else","schema":1,"articles":[]}', /not a Backstory export/],
    [`{"format":"${EXPORT_FORMAT}","schema":2,"articles":[]}`, /schema 2/],
    [`{"format":"${EXPORT_FORMAT}","schema":1}`, /no list of articles/],
    [`{"format":"${EXPORT_FORMAT}","schema":1,"articles":[],"settings":[]}`, /settings/],
  ])('refuses the whole file %s', (text, reason) => {
    expect(() => parseExportFile(text)).toThrow(ImportFileError);
    expect(() => parseExportFile(text)).toThrow(reason);
  });
});
