/**
 * Where a text's sentences end, one rule for every reader of sentences: the
 * discovery of names, an article's derived title and the sentence a card
 * quotes. A sentence ends after `.`, `!`, `?` or `…` (and a closing quote or
 * bracket) followed by a space and a capital, a digit or an opening quote, or
 * at the end of the text; a line break always ends one. A full stop after an
 * initial or a known abbreviation does not (`Marc E. Knapper`, `Mr. Trump`,
 * `U.S. officials`, `ông Trump`).
 */

/** One sentence of a text, trimmed, and where it starts in the text. */
export interface Sentence {
  text: string;
  start: number;
}

/** Words whose full stop does not end a sentence (lower case, without the stop). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'prof',
  'e.g',
  'i.e',
  'ông',
  'bà',
]);

/** Whether the full stop right after `before` belongs to an initial or an abbreviation. */
function stopIsPartOfWord(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return true; // E. / U.S.
  return ABBREVIATIONS.has(word.toLowerCase());
}

const BREAK = /([.!?…])(["”’)\]]*)(?=\s+["“‘(]?[\p{Lu}\p{N}]|\s*$)|\n+/gu;

/** The sentences of `text`, in order; blank stretches give none. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') out.push({ text: raw.trim(), start: start + lead });
  };
  for (const m of text.matchAll(BREAK)) {
    if (m[1] === '.' && stopIsPartOfWord(text.slice(start, m.index))) continue;
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** The first sentence of `text` (all of it when it has one sentence). */
export function firstSentence(text: string): string {
  return sentencesOf(text)[0]?.text ?? '';
}
