import { countryAt } from './country-at';
import { EVENT_HEADS_EN, GENERIC_WORDS } from './lexicon/agreement-terms';
import { isNameWord, spanText } from './name-run';
import {
  ACRONYM,
  ORDINAL,
  YEAR,
  bracketedAbbreviation,
  initialsOf,
  type ThingHit,
} from './thing-hit';
import type { Token } from './tokens';

const INNER = new Set(['for', 'of', 'on', 'and', '-', '–']);

/** Whether token `k` can stand in an event's name before its head (`31st`, `APEC`, `Leaders’`, `for`). */
function modifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isNameWord(t) || ORDINAL.test(t.text) || ACRONYM.test(t.text)) return true;
  return INNER.has(t.text) && isNameWord(tokens[k - 1]) && isNameWord(tokens[k + 1]);
}

/** Whether an acronym names one country (`US`, `RoK`), not an organiser (`APEC`, `ASEAN`). */
function isCountryCode(word: string): boolean {
  const c = countryAt([{ text: word, start: 0, end: word.length, word: true, upper: true }], 0);
  return !!c && /^[A-Z]{2}$/.test(c.code);
}

/** The organiser an event's words show: its acronym, or the initials of its proper words. */
function organiserOf(words: readonly string[]): string | undefined {
  const acronym = words.find((w) => ACRONYM.test(w) && !isCountryCode(w));
  if (acronym) return acronym;
  const initials = initialsOf(words);
  return initials.length >= 3 ? initials : undefined;
}

/** The hit for an event whose head is token `h` and whose name starts at `b`. */
function eventAt(
  sentence: string,
  tokens: readonly Token[],
  b: number,
  h: number,
): ThingHit | undefined {
  const words = tokens.slice(b, h).map((t) => t.text);
  const proper = words.some(
    (w) => ACRONYM.test(w) || (/^\p{Lu}/u.test(w) && !GENERIC_WORDS.has(w.toLowerCase())),
  );
  if (!proper || (!tokens[h]?.upper && words.filter((w) => /^\p{Lu}/u.test(w)).length < 1))
    return undefined;
  let end = h + 1;
  let year: number | undefined;
  if (YEAR.test(tokens[end]?.text ?? '')) year = Number(tokens[end++]?.text);
  const ordinal = ORDINAL.exec(words[0] ?? '');
  const baseFrom = ordinal ? b + 1 : b;
  const abbr = bracketedAbbreviation(tokens, end);
  const head = (tokens[h] as Token).text.toLowerCase();
  const summit = head === 'summit' || words.some((w) => /^leaders/i.test(w));
  return {
    name: spanText(sentence, tokens, b, end),
    base: spanText(sentence, tokens, baseFrom, h + 1),
    parties: [],
    year,
    edition: ordinal ? Number(ordinal[1]) : undefined,
    abbreviation: abbr?.text,
    organiser: organiserOf(words),
    summit,
    from: b,
    to: end,
  };
}

/**
 * Named events in an English sentence: `APEC Economic Leaders’ Week 2025`,
 * `31st APEC Ministers Responsible for Trade Meeting (MRT 31)`, `Asia-Pacific
 * Economic Cooperation summit`, and an organiser with a year (`APEC 2027`).
 * A head with only generic words (`the Special Meeting`) is no name.
 */
export function eventsIn(sentence: string, tokens: readonly Token[]): ThingHit[] {
  const hits: ThingHit[] = [];
  tokens.forEach((t, h) => {
    if (hits.some((x) => h < x.to)) return;
    if (t.word && EVENT_HEADS_EN.has(t.text.toLowerCase())) {
      let b = h;
      while (b > 0 && modifier(tokens, b - 1)) b--;
      while (b < h && INNER.has(tokens[b]?.text ?? '')) b++;
      const hit = b < h ? eventAt(sentence, tokens, b, h) : undefined;
      if (hit) hits.push(hit);
    }
  });
  for (const hit of acronymYears(sentence, tokens))
    if (!hits.some((x) => x.from <= hit.from && hit.from < x.to)) hits.push(hit);
  return hits;
}

/**
 * An organiser's acronym with a year, in either language (`APEC 2027`, `chủ
 * nhà APEC 2027`): that year's meetings, one event per organiser and year.
 */
export function acronymYears(sentence: string, tokens: readonly Token[]): ThingHit[] {
  const hits: ThingHit[] = [];
  tokens.forEach((t, h) => {
    if (!ACRONYM.test(t.text) || isCountryCode(t.text) || !YEAR.test(tokens[h + 1]?.text ?? ''))
      return;
    const year = Number(tokens[h + 1]?.text);
    const name = spanText(sentence, tokens, h, h + 2);
    hits.push({
      name,
      base: t.text,
      parties: [],
      year,
      organiser: t.text,
      summit: true,
      from: h,
      to: h + 2,
    });
  });
  return hits;
}
