import { browser } from 'wxt/browser';

/** The reader page's address for article `id` (the page reads it back with {@link articleIdOfReaderPage}). */
export function readerUrl(id: string): string {
  return `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
}

/** The article id in a reader page's query string (`location.search`); null when it has none. */
export function articleIdOfReaderPage(search: string): string | null {
  return new URLSearchParams(search).get('id');
}
