import { firstSentence } from './sentences';

/** Longest title derived from a lead before it is cut at a word boundary. */
export const MAX_TITLE_LENGTH = 110;

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
