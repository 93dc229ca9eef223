import type { EntityView, RelatedArticle } from '../../lib/shared/messages/protocol';
import { countryName } from '../../lib/shared/format/country';
import { newestFirst } from '../../lib/shared/format/order';
import { ArticleMeta } from '../shared/ArticleMeta';
import { MentionSentence } from '../shared/MentionSentence';
import { Timeline } from '../shared/Timeline';
import { useT } from '../shared/i18n';

export type RelatedState =
  | { status: 'none' }
  | { status: 'loading'; entity: EntityView | undefined }
  | { status: 'error'; entity: EntityView | undefined }
  | { status: 'ready'; entity: EntityView | undefined; articles: RelatedArticle[] };

export interface RelatedPanelProps {
  state: RelatedState;
  /** The article on screen: not listed again. */
  currentId: string;
  /** The date of the article on screen, marked on the timeline. */
  currentDate?: string | null;
  locale: string;
  /** The reader page address for an article, so each entry is a real link. */
  hrefFor(id: string): string;
}

/** The side panel: the other articles about the entity chosen in the text, newest first. */
export function RelatedPanel(props: RelatedPanelProps) {
  const { state, locale } = props;
  const t = useT();
  if (state.status === 'none')
    return <aside class="bs-side bs-hint">{t('readerSidebarHint')}</aside>;
  const lang = t.lang;
  const name = state.entity?.name[lang] ?? '';
  return (
    <aside class="bs-side" aria-live="polite">
      <h2 class="bs-section-title">{t('readerRelatedHeading', name)}</h2>
      {state.entity ? (
        <p class="bs-role">{`${state.entity.role[lang]} · ${countryName(state.entity.country, locale)}`}</p>
      ) : null}
      {state.status === 'ready' ? (
        <Timeline
          articles={state.articles}
          name={name}
          pageDate={props.currentDate}
          locale={locale}
        />
      ) : null}
      <RelatedBody {...props} />
    </aside>
  );
}

function RelatedBody({ state, currentId, locale, hrefFor }: RelatedPanelProps) {
  const t = useT();
  if (state.status === 'loading') return <p class="bs-hint">{t('cardLoading')}</p>;
  if (state.status !== 'ready') return <p class="bs-hint bs-error">{t('readerRelatedError')}</p>;
  const others = newestFirst(state.articles.filter((a) => a.id !== currentId));
  if (others.length === 0) return <p class="bs-hint">{t('readerRelatedNone')}</p>;
  return (
    <ul class="bs-related">
      {others.map((a) => (
        <li key={a.id}>
          <a class="bs-related-link" href={hrefFor(a.id)}>
            <ArticleMeta article={a} locale={locale} />
            <span class="bs-title" lang={a.language}>
              {a.title}
            </span>
            <MentionSentence sentence={a.sentence} highlight={a.highlight} />
          </a>
        </li>
      ))}
    </ul>
  );
}
