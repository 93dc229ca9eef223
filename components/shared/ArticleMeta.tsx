import type { ArticleSummary } from '../../lib/shared/messages/protocol';
import { dateTimeAttribute, formatDate } from '../../lib/shared/format/date';
import { LanguageBadge } from './LanguageBadge';

export interface ArticleMetaProps {
  article: Pick<ArticleSummary, 'date' | 'source' | 'language'>;
  locale: string;
}

/** date · source · language: the line above each article's title. */
export function ArticleMeta({ article, locale }: ArticleMetaProps) {
  const iso = dateTimeAttribute(article.date);
  return (
    <div class="bs-meta">
      <time class={iso ? 'bs-date' : 'bs-date bs-undated'} dateTime={iso}>
        {formatDate(article.date, locale)}
      </time>
      {article.source ? (
        <>
          <span class="bs-sep" aria-hidden="true">
            ·
          </span>
          <span class="bs-source">{article.source}</span>
        </>
      ) : null}
      <span class="bs-sep" aria-hidden="true">
        ·
      </span>
      <LanguageBadge language={article.language} />
    </div>
  );
}
