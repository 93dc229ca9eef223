/**
 * Words and sentences of an article paragraph, with offsets, for the
 * discovery rules. A word keeps internal dots (`U.S.`, `E.`), apostrophes
 * (`Leaders’`) and hyphens (`Jae-myung`); a dash between words (`Việt Nam-US`,
 * `Việt - Mỹ`) is its own token, so country pairs can be read.
 */

/** One token of a sentence; offsets are UTF-16 into the sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Letters or digits (a word), as opposed to punctuation. */
  word: boolean;
  /** Whether its first letter is upper case. */
  upper: boolean;
}

const TOKEN =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’]*)*|[^\s\p{L}\p{N}]/gu;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const ABBREVIATED = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|St|Jr|Sr|No|Lt|Col)\.$/;

/**
 * Split on hyphens that join two capitalised words of different kinds
 * (`Nam-US`, `ASEAN-Korea`): those are pairs, while `Jae-myung` stays whole.
 */
function splitPair(text: string, start: number, out: Token[]): void {
  const parts = text.split(/(-)/);
  const joined = parts.length > 1 && parts.every((p, i) => i % 2 === 1 || /^\p{Lu}/u.test(p));
  if (!joined) return void out.push(token(text, start));
  let at = start;
  for (const p of parts) {
    out.push(token(p, at));
    at += p.length;
  }
}

function token(text: string, start: number): Token {
  const word = /^[\p{L}\p{N}]/u.test(text);
  return { text, start, end: start + text.length, word, upper: /^\p{Lu}/u.test(text) };
}

/** The tokens of a sentence: a word's trailing full stop and possessive `’s` are split off. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    const start = m.index;
    let tail = '';
    if (t.length > 1 && t.endsWith('.') && !INITIALS.test(t) && !ABBREVIATED.test(t))
      [t, tail] = [t.slice(0, -1), '.'];
    const poss = /['’]s$/.exec(t);
    if (poss && t.length > 2) [t, tail] = [t.slice(0, -2), t.slice(-2) + tail];
    splitPair(t, start, out);
    if (tail) out.push({ ...token(tail, start + t.length), word: false });
  }
  return out;
}

export { sentencesOf, type Sentence } from '../corpus/sentences';

/**
 * Whether a line is in title case (a headline): most of its longer words are
 * capitalised, so capitals say nothing about names there.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.word && t.text.length > 3);
  if (long.length < 4) return false;
  return long.filter((t) => t.upper).length / long.length >= 0.8;
}
