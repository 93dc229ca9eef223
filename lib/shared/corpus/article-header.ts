import { CorpusError } from './corpus-error';
import { isCalendarDate } from '../format/calendar';

/** What the first line of a dated seed says before the lead begins. */
export interface DateHeader {
  date: string;
  /** The rest of the header line: the start of the lead (possibly empty). */
  rest: string;
}

/** ` date …` at the very start, leading space optional; lowercase as delivered. */
const DATE_HEADER = /^\s*date(?:\s+(\S+))?(?:\s+(.*))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A dateline: a place in capitals, then an em dash (`GYEONGJU —`, `HÀ NỘI —`).
 * At most 40 characters, so a shouted sentence is not taken for a place.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{0,39}?)\s*—\s*/u;

/**
 * Read a ` date YYYY-MM-DD` header from a file's first line, or null when the
 * line is not one (then it is a headline). A header that is there but does not
 * hold a real calendar date is an error: a wrong date would be shown as fact.
 * @throws CorpusError at `line`.
 */
export function readDateHeader(file: string, line: number, text: string): DateHeader | null {
  const m = DATE_HEADER.exec(text);
  if (!m) return null;
  const token = m[1];
  if (token === undefined)
    throw new CorpusError(file, line, 'date header without a date (expected "date YYYY-MM-DD")');
  const parts = ISO_DATE.exec(token);
  if (!parts)
    throw new CorpusError(
      file,
      line,
      `unparseable date header "${token}" (expected "date YYYY-MM-DD")`,
    );
  if (!isCalendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))) {
    throw new CorpusError(file, line, `impossible date "${token}" in the date header`);
  }
  return { date: token, rest: (m[2] ?? '').trim() };
}

/** Split a leading dateline off the lead: `{ place: 'GYEONGJU', rest: 'President …' }`. */
export function splitDateline(lead: string): { place: string | null; rest: string } {
  const m = DATELINE.exec(lead);
  if (!m?.[1]) return { place: null, rest: lead };
  return { place: m[1].trim(), rest: lead.slice(m[0].length) };
}
