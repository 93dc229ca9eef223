/** A sentence cut from a text, with a span inside it (UTF-16, end exclusive). */
export interface SentenceSpan {
  sentence: string;
  start: number;
  end: number;
}

// Words whose trailing full stop does not end a sentence ("Mr. Trump", "U.S. tariffs").
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
  'sen',
  'rep',
  'gov',
  'prof',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
]);
const ENDERS = '.!?…';
/** Longest sentence shown; longer ones are cut around the span with an ellipsis. */
export const MAX_SENTENCE = 280;

/** Whether the sentence-ending mark at `i` really ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && !/[\s"'”’)\]]/u.test(next)) return false;
  if (text[i] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 8), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return !/^\p{Lu}$/u.test(word); // a lone capital is an initial: "Marc E. Knapper"
}

function sentenceStart(text: string, from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === '\n' || (ENDERS.includes(c) && endsSentence(text, i))) return i + 1;
  }
  return 0;
}

function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') return i;
    if (ENDERS.includes(c) && endsSentence(text, i)) {
      let j = i + 1;
      while (j < text.length && /["'”’)\]]/u.test(text[j] as string)) j++;
      return j;
    }
  }
  return text.length;
}

/**
 * The sentence of `text` that holds the span `[start, end)`, trimmed, and the
 * span's offsets inside it. A sentence longer than {@link MAX_SENTENCE} is cut
 * around the span, with "…" where text was left out.
 */
export function sentenceAround(text: string, start: number, end: number): SentenceSpan {
  let from = sentenceStart(text, start);
  let to = sentenceEnd(text, Math.max(start, end));
  while (from < start && /\s/u.test(text[from] as string)) from++;
  while (to > end && /\s/u.test(text[to - 1] as string)) to--;
  if (to - from <= MAX_SENTENCE)
    return { sentence: text.slice(from, to), start: start - from, end: end - from };
  const room = Math.max(0, MAX_SENTENCE - (end - start));
  const cutFrom = Math.max(from, start - Math.floor(room / 2));
  const cutTo = Math.min(to, cutFrom + (end - start) + room);
  const head = cutFrom > from ? '…' : '';
  const tail = cutTo < to ? '…' : '';
  const sentence = head + text.slice(cutFrom, cutTo) + tail;
  return { sentence, start: start - cutFrom + head.length, end: end - cutFrom + head.length };
}
