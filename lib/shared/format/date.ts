import { isIsoDate } from './calendar';
/**
 * Dates as a reader expects them in their own locale: `29 Oct 2025` (en-GB),
 * `Oct 29, 2025` (en-US), `29 thg 10, 2025` (vi). Corpus dates are calendar
 * days without a time, so they are formatted in UTC: a reader west of
 * Greenwich must not see the day before.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What an article without a date says instead, per interface language. */
const UNDATED: Record<string, string> = { en: 'undated', vi: 'không rõ ngày' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string): Intl.DateTimeFormat {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(locale, f);
  }
  return f;
}

/** The word for "no date" in `locale`'s language (English when the language is not one we speak). */
export function undatedLabel(locale: string): string {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return UNDATED[language] ?? (UNDATED.en as string);
}

/**
 * `iso` (`YYYY-MM-DD`) as a short date in `locale`, or the "undated" word when
 * there is no date. A malformed or impossible date is also shown as undated:
 * the UI never shows a date the corpus did not give.
 */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return undatedLabel(locale);
  if (!isIsoDate(iso)) return undatedLabel(locale);
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return formatterFor(locale).format(new Date(Date.UTC(y, mo - 1, d)));
}

/** The machine-readable value for a `<time datetime>` attribute, or undefined when undated. */
export function dateTimeAttribute(iso: string | null | undefined): string | undefined {
  return iso && ISO_DAY.test(iso) ? iso : undefined;
}
