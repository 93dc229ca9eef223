import { countryAt } from './country-at';
import type { Token } from './tokens';

/** An agreement or event named in one sentence. */
export interface ThingHit {
  /** The name as written, parties and year included. */
  name: string;
  /** The name without parties, year and edition (English when the kind is known). */
  base: string;
  parties: string[];
  year?: number;
  edition?: number;
  abbreviation?: string;
  /** Events: the organiser's acronym (`APEC`) when the name shows it. */
  organiser?: string;
  /** Events: a leaders' meeting (summit, leaders' week), which one per organiser and year. */
  summit?: boolean;
  /** Token range of the name. */
  from: number;
  to: number;
}

export const YEAR = /^(?:19|20)\d\d$/;
export const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
export const ACRONYM = /^[A-Z][A-Z0-9&]{1,}$/;

/**
 * The abbreviation in brackets right after token `i` (`(MRT 31)`, `(UNCLOS)`):
 * its text and the token after the closing bracket.
 */
export function bracketedAbbreviation(
  tokens: readonly Token[],
  i: number,
): { text: string; end: number } | undefined {
  if (tokens[i]?.text !== '(') return undefined;
  const inner: string[] = [];
  let k = i + 1;
  while (tokens[k] && tokens[k]?.text !== ')' && inner.length < 3)
    inner.push((tokens[k++] as Token).text);
  const [first] = inner;
  if (tokens[k]?.text !== ')' || !first || !/^[A-Z][A-Za-z]*[A-Z]$/.test(first)) return undefined;
  if (!inner.slice(1).every((w) => /^\d+$/.test(w))) return undefined;
  return { text: inner.join(' '), end: k + 1 };
}

/**
 * Countries joined by dashes from token `i` (`Việt Nam-US`, `ASEAN-Korea`,
 * `Việt - Mỹ`): their codes and the token after them; one country alone is no pair.
 */
export function countryPair(
  tokens: readonly Token[],
  i: number,
): { codes: string[]; end: number } | undefined {
  const codes: string[] = [];
  let k = i;
  for (;;) {
    const c = countryAt(tokens, k);
    if (!c || c.adjective) break;
    codes.push(c.code);
    k = c.end;
    if (!/^[-–—]$/.test(tokens[k]?.text ?? '') || !countryAt(tokens, k + 1)) break;
    k++;
  }
  return codes.length >= 2 ? { codes, end: k } : undefined;
}

/** Countries after `between`/`with` following a name: `between Việt Nam and the US`. */
export function partiesAfter(tokens: readonly Token[], i: number): string[] {
  const word = tokens[i]?.text.toLowerCase();
  if (word !== 'between' && word !== 'with' && word !== 'giữa' && word !== 'với') return [];
  const codes: string[] = [];
  let k = i + 1;
  while (codes.length < 2 && tokens[k]) {
    while (/^(?:the|and|và)$/i.test(tokens[k]?.text ?? '')) k++;
    const c = countryAt(tokens, k);
    if (!c) break;
    codes.push(c.code);
    k = c.end;
  }
  return codes;
}

/** The initials of a proper name's words (`Asia-Pacific Economic Cooperation` → `APEC`). */
export function initialsOf(words: readonly string[]): string {
  return words
    .flatMap((w) => w.split('-'))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}
