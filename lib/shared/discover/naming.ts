import { foldText, hasDiacritics, nameWords } from './fold-name';
import { CHINESE_SURNAMES, KOREAN_SURNAMES, VIETNAMESE_SURNAMES } from './lexicon/surnames';

/** How a person's name is built, which decides its short form. */
export type Convention = 'vietnamese' | 'korean' | 'chinese' | 'western';

/** One Vietnamese syllable, folded: onset, vowels, final. */
const VI_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
/** One romanised Korean syllable (`jae`, `myung`). */
const KO_SYLLABLE =
  '(?:kk|tt|pp|ss|jj|ch|[gkndrlmbsjhtpcy])?(?:yeo|yae|wae|eo|ae|eu|ui|oe|wi|wa|we|wo|ya|ye|yo|yu|oo|ee|a|e|i|o|u)(?:ng|[kgnlmbpt])?';
const KO_SYLLABLES = new RegExp(`^(?:${KO_SYLLABLE}){1,2}$`);
const KO_ONE = new RegExp(`^${KO_SYLLABLE}$`);

/** Whether the words after the surname read as a Korean given name (`Jae-myung`, `Jae Myung`, `Jaemyung`). */
function koreanGiven(words: readonly string[]): boolean {
  const parts = words.flatMap((w) => foldText(w).split('-'));
  if (parts.length < 1 || parts.length > 2) return false;
  return parts.every((p) => KO_SYLLABLES.test(p)) && parts.join('').length >= 4;
}

/** A joined Korean given name split in its two syllables (`jaemyung` → `jae`, `myung`). */
function splitKorean(parts: string[]): string[] {
  const [only] = parts;
  if (parts.length !== 1 || !only) return parts;
  for (let i = 2; i <= only.length - 2; i++) {
    if (KO_ONE.test(only.slice(0, i)) && KO_ONE.test(only.slice(i)))
      return [only.slice(0, i), only.slice(i)];
  }
  return parts;
}

/** The naming convention of a full name (two words or more). */
export function conventionOf(name: string): Convention {
  const words = nameWords(name);
  const folded = words.map(foldText);
  const surname = folded[0] ?? '';
  const vietnamese =
    VIETNAMESE_SURNAMES.has(surname) &&
    words.length <= 4 &&
    folded.every((w) => VI_SYLLABLE.test(w));
  if (vietnamese && (hasDiacritics(name) || !KOREAN_SURNAMES.has(surname))) return 'vietnamese';
  if (KOREAN_SURNAMES.has(surname) && koreanGiven(words.slice(1))) return 'korean';
  if (CHINESE_SURNAMES.has(surname) && words.length === 2) return 'chinese';
  // A Chinese name in its Sino-Vietnamese reading (`Tập Cận Bình`): surname first, as in Chinese.
  if (hasDiacritics(name) && folded.every((w) => VI_SYLLABLE.test(w))) return 'chinese';
  return 'western';
}

/** A short form and its spelling without diacritics, deduplicated. */
function withPlain(word: string): string[] {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return [...new Set([word, plain])];
}

/**
 * The short forms a person is called by, from their full name: Vietnamese by
 * the given name (`Cường`, `Cuong`), Korean and Chinese by the surname
 * (`Lee`, `Xi`), Western by the last name (`Trump`) and, as the matcher
 * allows it after a title or a full mention, the first name (`Marc`).
 */
export function shortFormsOf(name: string): string[] {
  const words = nameWords(name);
  if (words.length < 2) return [];
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  switch (conventionOf(name)) {
    case 'vietnamese':
      return withPlain(last);
    case 'korean':
    case 'chinese':
      return withPlain(first);
    default:
      return [...withPlain(last), ...withPlain(first)].filter((w) => w.length > 2);
  }
}

/**
 * Spellings of one full name that the press uses: without diacritics
 * (`Nguyen Hong Dien`), a Korean given name hyphenated, spaced or joined
 * (`Lee Jae-myung`, `Lee Jae Myung`, `Lee Jaemyung`), without a middle
 * initial (`Marc Knapper`).
 */
export function spellingsOf(name: string): string[] {
  const out = new Set([name]);
  const plain = withPlain(name).at(-1) as string;
  out.add(plain);
  if (conventionOf(name) === 'korean') {
    const [surname, ...given] = nameWords(plain);
    const parts = splitKorean(given.flatMap((w) => w.split('-')).map((p) => p.toLowerCase()));
    if (parts.length === 2) {
      const cap = (p: string): string => p.charAt(0).toUpperCase() + p.slice(1);
      const [a, b] = parts as [string, string];
      out
        .add(`${surname} ${cap(a)}-${b}`)
        .add(`${surname} ${cap(a)} ${cap(b)}`)
        .add(`${surname} ${cap(a)}${b}`);
    }
  }
  if (/\s\p{Lu}\.?\s/u.test(name)) {
    for (const n of [...out]) out.add(nameWords(n).join(' '));
  }
  return [...out];
}
