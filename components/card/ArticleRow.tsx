import type { RelatedArticle } from '../../lib/shared/messages/protocol';
import { ArticleMeta } from '../shared/ArticleMeta';
import { MentionSentence } from '../shared/MentionSentence';

export interface ArticleRowProps {
  article: RelatedArticle;
  locale: string;
  onOpen(id: string): void;
}

/** One related article in the card: meta line, title (two lines at most) and the mentioning sentence. */
export function ArticleRow({ article, locale, onOpen }: ArticleRowProps) {
  return (
    <li class="bs-row">
      <button type="button" class="bs-row-button" onClick={() => onOpen(article.id)}>
        <ArticleMeta article={article} locale={locale} />
        <span class="bs-title" lang={article.language}>
          {article.title}
        </span>
        <MentionSentence
          sentence={article.sentence}
          highlight={article.highlight}
          lang={article.language}
        />
      </button>
    </li>
  );
}
