/** The interface language and locale from the reader's setting and the browser's language. */
import type { LanguageSetting } from '../settings/settings';
import type { UiLanguage } from './catalogs';
import { createTranslator, type Translator } from './translator';

/** `setting`, with "auto" following the browser: Vietnamese for `vi*`, English for anything else. */
export function resolveLanguage(setting: LanguageSetting, browserLocale: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLocale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/**
 * The locale for dates and numbers: the browser's own when it speaks the
 * chosen language (an American reader keeps `Oct 29, 2025`), otherwise the
 * language's usual one (`en-GB`, `vi-VN`).
 */
export function localeFor(lang: UiLanguage, browserLocale: string): string {
  if (browserLocale.toLowerCase().startsWith(lang)) return browserLocale;
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

/** The translator for a language setting in a browser whose language is `browserLocale`. */
export function translatorFor(setting: LanguageSetting, browserLocale: string): Translator {
  const lang = resolveLanguage(setting, browserLocale);
  return createTranslator(lang, localeFor(lang, browserLocale));
}
