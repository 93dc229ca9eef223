/**
 * The top of a long page, matched first: the pieces cut after about a screenful
 * of text, so that the first highlights come before the whole page's text has
 * crossed to the background and been matched. The whole page is matched right
 * after, and its mentions replace these.
 */
import type { WalkStop } from './run-walker';

/** Characters of a page matched first when it is long. */
export const PREVIEW_CHARS = 16_384;

/** A page is long enough for a first look at its top past this much text. */
export const PREVIEW_MIN_CHARS = 4 * PREVIEW_CHARS;

/**
 * The first `limit` characters of `texts` (cut at a white space, so no word is
 * split), as pieces, and where a walk over them stops.
 */
export function cutPieces(
  texts: readonly string[],
  limit: number,
): { texts: string[]; stop: WalkStop } {
  const out: string[] = [];
  let left = limit;
  for (const [piece, text] of texts.entries()) {
    if (text.length <= left) {
      out.push(text);
      left -= text.length;
      continue;
    }
    const space = text.lastIndexOf(' ', left);
    const offset = space > 0 ? space : left;
    out.push(text.slice(0, offset));
    return { texts: out, stop: { piece, offset } };
  }
  return { texts: out, stop: { piece: texts.length, offset: 0 } };
}
