import { sentencesOf } from '../../shared/corpus/sentences';

/** A sentence cut from a text, with a span inside it (UTF-16, end exclusive). */
export interface SentenceSpan {
  sentence: string;
  start: number;
  end: number;
}

/** Longest sentence shown; longer ones are cut around the span with an ellipsis. */
export const MAX_SENTENCE = 280;

/**
 * The sentence of `text` that holds the span `[start, end)`, trimmed, and the
 * span's offsets inside it. A sentence longer than {@link MAX_SENTENCE} is cut
 * around the span, with "…" where text was left out.
 */
export function sentenceAround(text: string, start: number, end: number): SentenceSpan {
  const sentences = sentencesOf(text);
  const first = sentences.findLast((x) => x.start <= start) ?? sentences[0];
  const last = sentences.findLast((x) => x.start < Math.max(start, end)) ?? first;
  const from = Math.min(first?.start ?? start, start);
  const to = Math.max(last ? last.start + last.text.length : end, end);
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
