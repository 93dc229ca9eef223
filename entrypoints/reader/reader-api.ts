/** The reader page's calls to the background, through the typed message layer. */
import type { ReaderApi } from '../../components/reader/ReaderApp';
import { callBackground } from '../../lib/shared/messages/client';

const TIMEOUT_MS = 5000;
const RELATED_LIMIT = 30;

export function createReaderApi(): ReaderApi {
  return {
    async article(id) {
      const response = await callBackground('article', { id }, { timeoutMs: TIMEOUT_MS });
      if (response.article) document.title = `${response.article.title} — Backstory`;
      return response;
    },
    related: (entityId) =>
      callBackground(
        'relatedArticles',
        { entityId, limit: RELATED_LIMIT },
        { timeoutMs: TIMEOUT_MS },
      ),
  };
}

/** Another article on this same page: a relative address keeps it a plain, same-page link. */
export function readerHref(id: string): string {
  return `?id=${encodeURIComponent(id)}`;
}
