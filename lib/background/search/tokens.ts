import { foldKey } from '../../shared/match/fold';

const SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * The folded words of `text`: accents, case and đ folded exactly as the
 * matcher folds them (`foldKey`), split at anything that is not a letter or digit.
 */
export function foldedWords(text: string): string[] {
  return foldKey(text)
    .split(SPLIT)
    .filter((w) => w !== '');
}
