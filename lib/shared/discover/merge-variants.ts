import { countryAt } from './country-at';
import { pairForms } from './lexicon/countries';
import { KIND_ABBREVIATIONS, vietnameseOf } from './lexicon/agreement-terms';
import { tokenize } from './tokens';

/** How many forms of one country a generated spelling tries. */
const FORMS_PER_COUNTRY = 3;

/**
 * A name with its country forms swapped for the others of the same country,
 * for up to two countries: `Việt Nam-US Reciprocal Trade Agreement` →
 * `Vietnam-US …`, `Viet Nam-U.S. …`; `United Nations Convention …` → `UN Convention …`.
 */
export function countryVariants(name: string, language: 'en' | 'vi' = 'en'): string[] {
  const tokens = tokenize(name);
  let out = [name];
  let swaps = 0;
  for (let i = 0; i < tokens.length && swaps < 2; i++) {
    const c = countryAt(tokens, i);
    if (!c || c.adjective) continue;
    const from = tokens[i]?.start ?? 0;
    const to = tokens[c.end - 1]?.end ?? 0;
    const written = name.slice(from, to);
    const forms = pairForms(c.code, language).slice(0, FORMS_PER_COUNTRY);
    out = out.flatMap((n) => [
      n,
      ...forms.filter((f) => f !== written).map((f) => n.replace(written, f)),
    ]);
    swaps++;
    i = c.end - 1;
  }
  return [...new Set(out)];
}

/** `Free Trade Agreement` ↔ `Free Trade Area` ↔ `FTA` in a name. */
export function kindVariants(name: string): string[] {
  const out = new Set([name]);
  for (const [abbr, longs] of Object.entries(KIND_ABBREVIATIONS)) {
    const written = [abbr, ...longs].find((f) => new RegExp(`\\b${f}$`).test(name));
    if (!written) continue;
    for (const f of [abbr, ...longs]) out.add(name.replace(new RegExp(`${written}$`), f));
  }
  return [...out];
}

/** The Vietnamese names of an agreement kind with its parties (`Hiệp định Thương mại Tự do ASEAN – Hàn Quốc`). */
export function vietnameseNames(base: string, parties: readonly string[]): string[] {
  const vi = vietnameseOf(base);
  if (!vi) return [];
  const pair = parties.length === 2 ? pairForms(parties[0] as string, 'vi').slice(0, 1) : [];
  const second = parties.length === 2 ? pairForms(parties[1] as string, 'vi').slice(0, 2) : [];
  // The kind alone names no agreement of two parties: only the tier (no parties) keeps it.
  return [
    ...(parties.length === 0 ? [vi] : []),
    ...pair.flatMap((a) => second.map((b) => `${vi} ${a} – ${b}`)),
  ];
}
