import { countryAt } from './country-at';
import {
  AGREEMENT_HEADS_VI,
  EVENT_HEADS_VI,
  NAME_SYLLABLES_VI,
  englishOf,
} from './lexicon/agreement-terms';
import { acronymYears } from './events-en';
import { phraseAt, spanText } from './name-run';
import { ACRONYM, YEAR, bracketedAbbreviation, type ThingHit } from './thing-hit';
import type { Token } from './tokens';

/** How far a Vietnamese name runs from token `k`: capitalised syllables, name syllables, dashes, years. */
function tailEnd(tokens: readonly Token[], k: number): number {
  let e = k;
  for (;;) {
    const t = tokens[e];
    if (!t) break;
    const lower = t.text.toLowerCase();
    if (t.word && (t.upper || NAME_SYLLABLES_VI.has(lower) || YEAR.test(t.text))) e++;
    else if (lower === 'năm' && YEAR.test(tokens[e + 1]?.text ?? '')) e += 2;
    else if (
      (lower === 'lần' && tokens[e + 1]?.text === 'thứ') ||
      (/^[-–]$/.test(t.text) && tokens[e + 1]?.upper)
    )
      e++;
    else if (lower === 'thứ' && /^\d+$/.test(tokens[e + 1]?.text ?? '')) e += 2;
    else if (lower === 'và' && tokens[e + 1]?.upper && tokens[e - 1]?.word) e++;
    else break;
  }
  while (e > k && /^(?:về|và|cấp|năm|lần)$/.test(tokens[e - 1]?.text.toLowerCase() ?? '')) e--;
  return e;
}

/** Parties written at the end of a name (`… Việt - Mỹ`, `… ASEAN – Hàn Quốc`): codes and where they start. */
function trailingParties(
  tokens: readonly Token[],
  from: number,
  to: number,
): { codes: string[]; at: number } {
  for (let s = from; s < to; s++) {
    const codes: string[] = [];
    let k = s;
    while (k < to) {
      const c = countryAt(tokens, k);
      if (!c || c.end > to) break;
      codes.push(c.code);
      k = c.end;
      if (k < to && /^[-–]$/.test(tokens[k]?.text ?? '')) k++;
    }
    if (k === to && codes.length >= 2) return { codes, at: s };
  }
  return { codes: [], at: to };
}

/** One Vietnamese agreement or event at head `i` (`n` tokens), or undefined. */
function thingAt(
  sentence: string,
  tokens: readonly Token[],
  i: number,
  n: number,
  event: boolean,
): ThingHit | undefined {
  const end = tailEnd(tokens, i + n);
  if (end === i + n && !event) return undefined;
  const inner = tokens.slice(i + n, end);
  const year = inner.map((t) => t.text).find((w) => YEAR.test(w));
  const edition = /lần thứ (\d+)/.exec(spanText(sentence, tokens, i, end))?.[1];
  const parties = trailingParties(tokens, i + n, end);
  const abbr = bracketedAbbreviation(tokens, end);
  const baseVi = spanText(sentence, tokens, i, parties.at)
    .replace(/\s*(?:năm\s+)?(?:19|20)\d\d$/, '')
    .replace(/\s*lần thứ \d+$/, '');
  const acronym = inner.map((t) => t.text).find((w) => ACRONYM.test(w));
  const head = spanText(sentence, tokens, i, i + n).toLowerCase();
  if (event && !acronym && !abbr && !inner.some((t) => t.upper)) return undefined;
  return {
    name: spanText(sentence, tokens, i, end),
    base: englishOf(baseVi) ?? baseVi,
    parties: parties.codes,
    year: year ? Number(year) : undefined,
    edition: edition ? Number(edition) : undefined,
    abbreviation: abbr && !event ? abbr.text : undefined,
    organiser: event ? (abbr?.text ?? acronym) : undefined,
    summit: event ? /thượng đỉnh|cấp cao/.test(head) : undefined,
    from: i,
    to: abbr && event ? abbr.end : end,
  };
}

/**
 * Named agreements and events in a Vietnamese sentence: `Hiệp định thương mại
 * đối ứng`, `Đối tác Chiến lược Toàn diện Việt - Mỹ`, `Tuần lễ cấp cao APEC
 * 2025`, `Hội nghị thượng đỉnh Diễn đàn Hợp tác kinh tế châu Á-Thái Bình
 * Dương (APEC)`. The head must be capitalised (`đối tác chiến lược` is a common noun).
 */
export function vietnameseThingsIn(
  sentence: string,
  tokens: readonly Token[],
): { agreements: ThingHit[]; events: ThingHit[] } {
  const agreements: ThingHit[] = [];
  const events: ThingHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lowSummit =
      tokens[i]?.text === 'thượng' &&
      phraseAt(tokens, i, 'thượng đỉnh') &&
      ACRONYM.test(tokens[i + 2]?.text ?? '');
    if (!tokens[i]?.upper && !lowSummit) continue;
    const ev = lowSummit
      ? 2
      : (EVENT_HEADS_VI.map((h) => phraseAt(tokens, i, h)).find((n) => n > 0) ?? 0);
    const ag = ev
      ? 0
      : (AGREEMENT_HEADS_VI.map((h) => phraseAt(tokens, i, h)).find((n) => n > 0) ?? 0);
    const hit = ev || ag ? thingAt(sentence, tokens, i, ev || ag, ev > 0) : undefined;
    if (!hit) continue;
    (ev ? events : agreements).push(hit);
    i = hit.to - 1;
  }
  for (const hit of acronymYears(sentence, tokens))
    if (!events.some((x) => x.from <= hit.from && hit.from < x.to)) events.push(hit);
  return { agreements, events };
}
