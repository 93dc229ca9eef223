import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/shared/format/date';
import type { ReaderArticleSummary } from '../../lib/shared/messages/protocol';
import type { ReaderArticlesStrings } from './reader-articles-strings';

/** Rows shown before "show all": a list of 10,000 stays quick to open. */
export const FIRST_ROWS = 100;

export interface ReaderArticleListProps {
  articles: ReaderArticleSummary[];
  locale: string;
  s: ReaderArticlesStrings;
  onOpen(id: string): void;
  onDelete(article: ReaderArticleSummary): void;
}

/** The reader's articles, newest added first: title, site, date, when added, and delete. */
export function ReaderArticleList({
  articles,
  locale,
  s,
  onOpen,
  onDelete,
}: ReaderArticleListProps) {
  const [all, setAll] = useState(false);
  const shown = all ? articles : articles.slice(0, FIRST_ROWS);
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <>
      <ul class="bs-ra-list">
        {shown.map((a) => (
          <li key={a.id} class="bs-ra-row" data-article-id={a.id}>
            <div class="bs-ra-text">
              <button type="button" class="bs-ra-title" onClick={() => onOpen(a.id)}>
                {a.title}
              </button>
              <div class="bs-ra-meta">
                {[
                  a.source,
                  formatDate(a.date, locale),
                  s.added(formatDate(a.addedAt.slice(0, 10), locale)),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </div>
            <button
              type="button"
              class="bs-ra-delete"
              aria-label={s.deleteLabel(a.title)}
              onClick={() => onDelete(a)}
            >
              {s.delete}
            </button>
          </li>
        ))}
      </ul>
      {!all && articles.length > FIRST_ROWS && (
        <button type="button" class="bs-ra-more" onClick={() => setAll(true)}>
          {s.showAll(number(articles.length))}
        </button>
      )}
    </>
  );
}
