/** Longest title derived from a lead before it is cut at a word boundary. */
export const MAX_TITLE_LENGTH = 110;

/** Words whose full stop does not end a sentence (`Mr. Trump`, `U.S. President`). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'vs',
  'jr',
  'sr',
  'gen',
  'lt',
  'col',
  'prof',
  'u.s',
  'u.k',
  'ông',
  'bà',
]);

/**
 * A title for an article that has no headline: the first sentence of its
 * lead, cut at a word boundary with an ellipsis when it is long. It is the
 * article's own words, so nothing is invented.
 */
export function deriveTitle(lead: string): string {
  const sentence = firstSentence(lead.trim()).replace(/[.:;,]+$/, '');
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  const head = space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s.,;:—–-]+$/, '')}…`;
}

/** The text up to the first full stop, question or exclamation mark that ends a sentence. */
export function firstSentence(text: string): string {
  const end = /[.!?](?=["”’)]?(?:\s+["“‘(]?[\p{Lu}\d]|\s*$))/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (!endsWithAbbreviation(text.slice(0, m.index))) return text.slice(0, m.index + 1);
  }
  return text;
}

/** True when the stop right after `before` belongs to an initial or an abbreviation. */
function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  return /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
