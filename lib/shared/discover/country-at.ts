import { LONGEST_FORM_WORDS, countryOfForm } from './lexicon/countries';
import type { Token } from './tokens';

/** A country form found in a sentence: its code and the token after it. */
export interface CountryAt {
  code: string;
  end: number;
  adjective: boolean;
}

/**
 * The longest country form written from token `i` (`Republic of Korea`,
 * `Hoa Kỳ`, `U.S.`), capitalised as a name is, or undefined.
 */
export function countryAt(tokens: readonly Token[], i: number): CountryAt | undefined {
  if (!tokens[i]?.upper) return undefined;
  for (let n = Math.min(LONGEST_FORM_WORDS, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (!words.every((t) => t.word)) continue;
    const hit = countryOfForm(words.map((t) => t.text).join(' '));
    if (hit) return { code: hit.code, end: i + n, adjective: hit.adjective };
  }
  return undefined;
}
