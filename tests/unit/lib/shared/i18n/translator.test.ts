import { describe, expect, it } from 'vitest';
import en from '../../../../../public/_locales/en/messages.json';
import vi from '../../../../../public/_locales/vi/messages.json';
import { localeFor, resolveLanguage, translatorFor } from '../../../../../lib/shared/i18n/language';
import { createTranslator, fillMessage } from '../../../../../lib/shared/i18n/translator';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogs: Record<string, Record<string, Entry>> = { en, vi };

describe('messages.json', () => {
  it('has the same keys and placeholders in English and Vietnamese', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      const names = (lang: string) => Object.keys(catalogs[lang]?.[key]?.placeholders ?? {}).sort();
      expect(names('vi'), key).toEqual(names('en'));
    }
  });

  it('uses every placeholder a message declares, in both languages', () => {
    for (const lang of ['en', 'vi']) {
      for (const [key, entry] of Object.entries(catalogs[lang] ?? {})) {
        for (const name of Object.keys(entry.placeholders ?? {}))
          expect(entry.message, `${lang}.${key}`).toContain(`$${name}$`);
      }
    }
  });
});

describe('translator', () => {
  it('fills named placeholders in the order the values are given, like getMessage', () => {
    const entry = {
      message: '$b$ then $a$ $$5',
      placeholders: { a: { content: '$1' }, b: { content: '$2' } },
    };
    expect(fillMessage(entry, ['one', 'two'])).toBe('two then one $5');
  });

  it('answers in the chosen language and formats numbers for its locale', () => {
    expect(createTranslator('en')('more', 3)).toBe('More (3)');
    expect(createTranslator('vi')('more', 3)).toBe('Xem thêm (3)');
    expect(createTranslator('en', 'en-US')('corpusSummary', 1200, '29 Oct 2025')).toBe(
      '1,200 articles · newest 29 Oct 2025',
    );
    expect(createTranslator('vi', 'vi-VN')('corpusSummary', 1200, 'x')).toBe(
      '1.200 bài · mới nhất x',
    );
  });

  it('follows the browser on auto and the setting otherwise', () => {
    expect(resolveLanguage('auto', 'vi-VN')).toBe('vi');
    expect(resolveLanguage('auto', 'fr-FR')).toBe('en');
    expect(resolveLanguage('vi', 'en-US')).toBe('vi');
    expect(localeFor('en', 'en-US')).toBe('en-US');
    expect(localeFor('vi', 'en-US')).toBe('vi-VN');
    expect(translatorFor('vi', 'en-US').lang).toBe('vi');
  });
});
