import type { Token } from './tokens';

/**
 * Capitalised words that are not parts of a person's name even when they
 * stand where one would: function words opening a sentence or filling a
 * headline, months and weekdays, and the nouns of organisations and places.
 */
const NOT_NAME = new Set(
  (
    'the a an and or of in on at to for with by from as after before over into about amid ' +
    'is was are were has have had will would can could says said meets met visits urges vows ' +
    'hails calls arrives leaves signs holds welcomes receives talks attends pledges slams ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december ministry government office department ' +
    'committee council party agency embassy bank group university news association foundation ' +
    'republic province city state administration house senate congress assembly people ' +
    'photo ảnh theo và của tại ông bà'
  ).split(' '),
);

/** Whether a token can be a word of a person's name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t?.word || !t.upper) return false;
  return !NOT_NAME.has(t.text.toLowerCase());
}

/** Whether a token is an initial (`E.`). */
export function isInitial(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}\.$/u.test(t.text);
}

/**
 * The run of name words starting at token `i` (initials allowed inside,
 * never first or last), at most `max` words; `stop` ends it early (a headline
 * verb). Returns the index after the run, or `i` when there is none.
 */
export function nameRunFrom(
  tokens: readonly Token[],
  i: number,
  max = 4,
  stop: (t: Token) => boolean = () => false,
): number {
  let k = i;
  let words = 0;
  while (k < tokens.length && words < max) {
    const t = tokens[k];
    if (isInitial(t) && words > 0 && isNameWord(tokens[k + 1])) {
      k++;
      continue;
    }
    if (!t || !isNameWord(t) || stop(t)) break;
    words++;
    k++;
  }
  return k;
}

/** The text from token `i` to token `j` (exclusive), as written in `sentence`. */
export function spanText(sentence: string, tokens: readonly Token[], i: number, j: number): string {
  const first = tokens[i];
  const last = tokens[j - 1];
  return first && last ? sentence.slice(first.start, last.end) : '';
}

/** How many tokens from `i` spell `phrase` (case-insensitive, word by word), or 0. */
export function phraseAt(tokens: readonly Token[], i: number, phrase: string): number {
  const words = phrase.toLowerCase().split(' ');
  for (let n = 0; n < words.length; n++) {
    if (tokens[i + n]?.text.toLowerCase() !== words[n]) return 0;
  }
  return words.length;
}
