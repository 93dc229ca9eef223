import { describe, expect, it } from 'vitest';
import { MAX_EXPORT_ARTICLES } from '../../../../lib/shared/reader/export-file';
import {
  filesProblem,
  jsonShapeProblem,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_FILES,
} from '../../../../lib/pages/import-limits';

describe('import limits', () => {
  it('refuses a file over the accepted size, or too many files, before reading any', () => {
    expect(filesProblem([{ name: 'a.json', size: 10 }])).toBeNull();
    expect(filesProblem([{ name: 'huge.json', size: MAX_IMPORT_FILE_BYTES + 1 }])).toBe(
      'huge.json is 129 MB; Backstory imports files of up to 128 MB. Nothing was imported.',
    );
    const many = Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, i) => ({
      name: `${i}.txt`,
      size: 1,
    }));
    expect(filesProblem(many)).toMatch(/^That is 20,001 files; Backstory imports at most 20,000/);
  });

  it('refuses deeply nested JSON before parsing it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(jsonShapeProblem('deep.json', deep)).toMatch(
      /^deep\.json nests its data more than 32 levels deep/,
    );
  });

  it('refuses a million tiny items before parsing them', () => {
    const tiny = `{"format":"backstory-reader-export","articles":[${'0,'.repeat(1_000_000)}0]}`;
    expect(jsonShapeProblem('tiny.json', tiny)).toBe(
      `tiny.json holds a list of more than ${MAX_EXPORT_ARTICLES.toLocaleString('en')} items; Backstory imports at most ${MAX_EXPORT_ARTICLES.toLocaleString('en')} articles from one file. Nothing was imported.`,
    );
  });

  it('lets an ordinary export through, brackets and commas inside text included', () => {
    const file = JSON.stringify({
      format: 'backstory-reader-export',
      articles: [{ title: 'A [quoted] "list", {of} things', paragraphs: ['x,y', '\\"]'] }],
      settings: { disabledSites: ['a.example', 'b.example'] },
    });
    expect(jsonShapeProblem('ok.json', file)).toBeNull();
  });
});
