import { checkReaderItem, type ReaderArticleItem } from './reader-item';

/** What the clipper script returns from the page: an article, or why there is none. */
export type ClipResult =
  { ok: true; item: ReaderArticleItem } | { ok: false; reason: 'not-article' };

/** Shown when a page has no article in it. */
export const NOT_AN_ARTICLE =
  'This page does not look like an article (too little running text), so nothing was added.';

/**
 * Check what came back from the page: it ran next to the page's own scripts,
 * so it is untrusted input and goes through the same rules as an import.
 */
export function checkClipResult(
  raw: unknown,
): { ok: true; item: ReaderArticleItem } | { ok: false; message: string } {
  const r = raw as Partial<{ ok: unknown; item: unknown }> | null;
  if (typeof r !== 'object' || r === null || r.ok !== true)
    return { ok: false, message: NOT_AN_ARTICLE };
  const checked = checkReaderItem(r.item);
  return checked.ok
    ? { ok: true, item: checked.item }
    : { ok: false, message: `The article could not be read: ${checked.reason}.` };
}
