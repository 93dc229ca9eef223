/**
 * The page's text read in bulk, for the first look (the background's sift):
 * the text between the elements never read (scripts, styles, code, editors,
 * hidden parts, Backstory's own UI), each stretch in one native call. Nothing
 * per node runs in script, so a page that names nobody costs less than a walk
 * over its text would.
 */
import { SKIPPED_SELECTOR } from './page-text';

/**
 * The outermost elements under `root` that are never read, in document order:
 * what cuts the root's text into pieces. A walk that skips the same elements
 * meets them in the same order (`run-walker.ts`).
 */
export function skippedBoundaries(root: Element): Element[] {
  const out: Element[] = [];
  let last: Element | null = null;
  for (const el of root.querySelectorAll(SKIPPED_SELECTOR)) {
    if (last?.contains(el)) continue;
    out.push(el);
    last = el;
  }
  return out;
}

/**
 * The text of `root` in pieces: before the first skipped element, between two,
 * and after the last (some may be empty). Piece `k` is exactly the text of the
 * text nodes a walk meets after `k` skipped elements.
 */
export function readPieces(root: Element): string[] {
  const doc = root.ownerDocument;
  const range = doc.createRange();
  const texts: string[] = [];
  range.setStart(root, 0);
  for (const el of skippedBoundaries(root)) {
    range.setEndBefore(el);
    texts.push(range.toString());
    range.setStartAfter(el);
  }
  range.setEnd(root, root.childNodes.length);
  texts.push(range.toString());
  range.detach();
  return texts;
}
