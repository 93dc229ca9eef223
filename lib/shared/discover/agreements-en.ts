import { isNameWord, spanText } from './name-run';
import { AGREEMENT_HEADS_EN, KIND_ABBREVIATIONS } from './lexicon/agreement-terms';
import { YEAR, bracketedAbbreviation, countryPair, partiesAfter, type ThingHit } from './thing-hit';
import type { Token } from './tokens';

const JOINERS = new Set(['and', '-', '–']);

/** Whether token `k` can stand in an agreement's name before its head. */
function modifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isNameWord(t) || (t.word && t.upper && /^[A-Z]{2,}$/.test(t.text))) return true;
  return JOINERS.has(t.text) && isNameWord(tokens[k - 1]) && isNameWord(tokens[k + 1]);
}

/** After the head: `on the Law of the Sea`, `on Reciprocal, Fair and Balanced Trade`. */
function complementEnd(tokens: readonly Token[], h: number): number {
  const w = tokens[h + 1]?.text;
  if (w !== 'on' && w !== 'of' && w !== 'for') return h + 1;
  let k = h + 2;
  let last = h + 1;
  while (tokens[k]) {
    const t = tokens[k] as Token;
    let n = k;
    while (/^(?:the|of|and|,)$/.test(tokens[n]?.text ?? '')) n++;
    const inside = n > k && isNameWord(tokens[n]);
    if (!isNameWord(t) && !inside) break;
    if (isNameWord(t)) last = k;
    k++;
  }
  return last > h + 1 ? last + 1 : h + 1;
}

/** Build the hit for a head at `h` whose name starts at `b`. */
function hitAt(
  sentence: string,
  tokens: readonly Token[],
  b: number,
  h: number,
): ThingHit | undefined {
  const end = complementEnd(tokens, h);
  let from = b;
  let year: number | undefined;
  if (YEAR.test(tokens[b]?.text ?? '')) [year, from] = [Number(tokens[b]?.text), b + 1];
  const pair = countryPair(tokens, from);
  const baseFrom = pair ? pair.end : from;
  if (baseFrom === h && end === h + 1 && !KIND_ABBREVIATIONS[tokens[h]?.text ?? ''])
    return undefined;
  const head = tokens[h]?.text ?? '';
  const kind = KIND_ABBREVIATIONS[head]?.[0];
  const before = spanText(sentence, tokens, baseFrom, h);
  const after = spanText(sentence, tokens, h + 1, end);
  const base = [before, kind ?? head, after].filter((x) => x !== '').join(' ');
  const abbr = bracketedAbbreviation(tokens, end);
  const parties = pair?.codes ?? partiesAfter(tokens, abbr ? abbr.end : end);
  return {
    name: spanText(sentence, tokens, b, end),
    base,
    parties,
    year,
    abbreviation: abbr?.text,
    from: b,
    to: end,
  };
}

/**
 * Named agreements in an English sentence: `Việt Nam-US Reciprocal Trade
 * Agreement`, `ASEAN-Korea FTA`, `1982 United Nations Convention on the Law of
 * the Sea`, `Agreement on Reciprocal, Fair and Balanced Trade`. A head alone
 * (`the Agreement`) or in lower case (`a trade agreement`) is no name.
 */
export function agreementsIn(sentence: string, tokens: readonly Token[]): ThingHit[] {
  const hits: ThingHit[] = [];
  tokens.forEach((t, h) => {
    const head =
      t.word &&
      t.upper &&
      (AGREEMENT_HEADS_EN.has(t.text.toLowerCase()) || !!KIND_ABBREVIATIONS[t.text]);
    if (!head || hits.some((x) => h < x.to)) return;
    let b = h;
    while (b > 0 && modifier(tokens, b - 1)) b--;
    if (b > 0 && YEAR.test(tokens[b - 1]?.text ?? '')) b--;
    while (b < h && !isNameWord(tokens[b]) && !YEAR.test(tokens[b]?.text ?? '')) b++;
    const hit = hitAt(sentence, tokens, b, h);
    if (hit) hits.push(hit);
  });
  return hits;
}
