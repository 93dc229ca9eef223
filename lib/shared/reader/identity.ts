import type { ReaderArticleItem } from './reader-item';

/** Reader article ids start with this, so they never collide with a seed file's stem. */
export const READER_ID_PREFIX = 'reader-';

/** Query parameters that only track where a click came from: the same article either way. */
const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|igshid|ref|ref_src)$/i;

/**
 * The address two copies of one article share: no fragment, no tracking
 * parameters, lower-case host, no trailing slash on the path. Not a general
 * URL canonicaliser: only what makes the same article look different.
 */
export function normalizeUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}

/**
 * The text that decides whether two articles are the same content: title and
 * paragraphs, NFC, with white space collapsed and case folded (a site that
 * re-capitalises its headline has not written a new article).
 */
export function contentText(item: Pick<ReaderArticleItem, 'title' | 'paragraphs'>): string {
  return [item.title, ...item.paragraphs]
    .map((t) => t.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en'))
    .join('\n');
}

/** SHA-256 of {@link contentText}, as hex. Web Crypto: the same in the worker, pages and Node. */
export async function contentHash(
  item: Pick<ReaderArticleItem, 'title' | 'paragraphs'>,
): Promise<string> {
  const bytes = new TextEncoder().encode(contentText(item));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The id of a reader article: from its content, so the same text always gets the same id. */
export function readerArticleId(hash: string): string {
  return `${READER_ID_PREFIX}${hash.slice(0, 16)}`;
}
