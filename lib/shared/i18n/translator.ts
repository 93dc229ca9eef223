/**
 * `t(key, ...values)`: a message in the chosen interface language, with the
 * `$name$` placeholders of Chrome's `messages.json` format filled in (numbers
 * formatted for the language's locale), as `browser.i18n.getMessage` does.
 */
import {
  CATALOGS,
  type Catalog,
  type CatalogEntry,
  type MessageKey,
  type UiLanguage,
} from './catalogs';

export interface Translator {
  (key: MessageKey, ...values: (string | number)[]): string;
  /** The interface language. */
  readonly lang: UiLanguage;
  /** The locale for dates and numbers (`en-GB`, `vi-VN`, …). */
  readonly locale: string;
}

/** Fill in one message the way Chrome does: `$name$` → its placeholder's `$n` → the n-th value; `$$` → `$`. */
export function fillMessage(entry: CatalogEntry, values: readonly string[]): string {
  const byName = (name: string): string => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  };
  return entry.message
    .replace(/\$([a-zA-Z0-9_@]+)\$/g, (_, name: string) => byName(name))
    .replace(/\$\$/g, '$');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The number format for `locale`, made on first use and kept: a page's first Intl object is slow to make,
 * and most pages never show a number (the content script warms it when the page is idle).
 */
export function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f;
}

/** A translator for `lang`, formatting numbers and dates for `locale`. */
export function createTranslator(
  lang: UiLanguage,
  locale: string = lang === 'vi' ? 'vi-VN' : 'en-GB',
  catalogs: Record<UiLanguage, Catalog> = CATALOGS,
): Translator {
  const format = (n: number): string => numberFormat(locale).format(n);
  const t = (key: MessageKey, ...values: (string | number)[]): string => {
    const entry = catalogs[lang][key] ?? catalogs.en[key];
    if (!entry) return key;
    const text = values.map((v) => (typeof v === 'number' ? format(v) : v));
    return fillMessage(entry, text);
  };
  return Object.assign(t, { lang, locale });
}

/** English, for tests and as the components' fallback. */
export const ENGLISH: Translator = createTranslator('en');
