import type { Article, ArticleMention } from '../../lib/shared/corpus/types';
import type { EntityView } from '../../lib/shared/messages/protocol';
import { dateTimeAttribute, formatDate } from '../../lib/shared/format/date';
import { ArticleText } from './ArticleText';
import { LanguageBadge } from '../shared/LanguageBadge';
import { useT } from '../shared/i18n';

export interface ArticleViewProps {
  article: Article;
  mentions: readonly ArticleMention[];
  entities: readonly EntityView[];
  activeEntityId: string | null;
  locale: string;
  onChooseEntity(entityId: string): void;
}

/** One article as the reader page shows it: title, date, place, source or author, language, paragraphs. */
export function ArticleView({
  article,
  mentions,
  entities,
  activeEntityId,
  locale,
  onChooseEntity,
}: ArticleViewProps) {
  const t = useT();
  const lang = t.lang;
  const names = new Map(entities.map((e) => [e.id, e.name[lang]]));
  const entityName = (id: string): string => names.get(id) ?? id;
  const textProps = { activeEntityId, entityName, onChooseEntity };
  const inParagraph = (i: number) => mentions.filter((m) => m.paragraph === i);
  const iso = dateTimeAttribute(article.date);
  return (
    <article class="bs-article" lang={article.language}>
      <h1 class="bs-article-title">
        <ArticleText text={article.title} mentions={inParagraph(-1)} {...textProps} />
      </h1>
      <p class="bs-article-meta" lang={t.lang}>
        <time class={iso ? 'bs-date' : 'bs-date bs-undated'} dateTime={iso}>
          {formatDate(article.date, locale)}
        </time>
        {article.place ? <span class="bs-place">{article.place}</span> : null}
        {article.source ? <span class="bs-source">{article.source}</span> : null}
        {article.author ? <span class="bs-author">{t('readerBy', article.author)}</span> : null}
        <LanguageBadge language={article.language} />
      </p>
      {article.paragraphs.map((text, i) => (
        <p key={i} class="bs-paragraph">
          <ArticleText text={text} mentions={inParagraph(i)} {...textProps} />
        </p>
      ))}
    </article>
  );
}
