import { useCallback, useRef, useState } from 'preact/hooks';
import type { BackgroundCalls, RelatedArticle } from '../../lib/shared/messages/protocol';
import { ArticleView } from './ArticleView';
import { RelatedPanel, type RelatedState } from './RelatedPanel';
import { ENGLISH, type Translator } from '../../lib/shared/i18n/translator';
import { TranslatorContext, useT } from '../shared/i18n';
import { useLoaded } from '../shared/use-search';

type ArticleResponse = BackgroundCalls['article']['response'];

/** What the reader page can ask for; the entrypoint implements it with messages, tests with fakes. */
export interface ReaderApi {
  article(id: string): Promise<ArticleResponse>;
  related(entityId: string): Promise<{ articles: RelatedArticle[] }>;
}

export interface ReaderAppProps {
  /** From `reader.html?id=…`; null when the address has none. */
  articleId: string | null;
  api: ReaderApi;
  locale: string;
  hrefFor(id: string): string;
  t?: Translator;
}

/** The reader page: one article with its mentions marked, and the other articles about a chosen mention. */
export function ReaderApp(props: ReaderAppProps) {
  return (
    <TranslatorContext.Provider value={props.t ?? ENGLISH}>
      <Reader {...props} />
    </TranslatorContext.Provider>
  );
}

function Reader({ articleId, api, locale, hrefFor }: ReaderAppProps) {
  const t = useT();
  if (!articleId) return <Message text={t('readerMissingId')} />;
  return <LoadedReader articleId={articleId} api={api} locale={locale} hrefFor={hrefFor} />;
}

function LoadedReader({ articleId, api, locale, hrefFor }: ReaderAppProps & { articleId: string }) {
  const load = useCallback(() => api.article(articleId), [api, articleId]);
  const loaded = useLoaded(load);
  const [related, setRelated] = useState<RelatedState>({ status: 'none' });
  const latest = useRef(0);
  const t = useT();
  if (loaded.failed) return <Message text={t('readerLoadError')} />;
  if (!loaded.value) return <Message text={t('readerLoading')} />;
  const { article, mentions, entities } = loaded.value;
  if (!article) return <Message text={t('readerNotFound')} />;
  const choose = (entityId: string): void => {
    const entity = entities.find((e) => e.id === entityId);
    const id = ++latest.current;
    // Only the last chosen entity's answer may fill the panel.
    const set = (s: RelatedState): void => void (id === latest.current && setRelated(s));
    set({ status: 'loading', entity });
    api.related(entityId).then(
      (r) => set({ status: 'ready', entity, articles: r.articles }),
      () => set({ status: 'error', entity }),
    );
  };
  const activeEntityId = related.status === 'none' ? null : (related.entity?.id ?? null);
  return (
    <div class="bs-reader">
      <ArticleView
        article={article}
        mentions={mentions}
        entities={entities}
        activeEntityId={activeEntityId}
        locale={locale}
        onChooseEntity={choose}
      />
      <RelatedPanel
        state={related}
        currentId={article.id}
        currentDate={article.date}
        locale={locale}
        hrefFor={hrefFor}
      />
    </div>
  );
}

function Message({ text }: { text: string }) {
  return (
    <p class="bs-reader-message" role="status">
      {text}
    </p>
  );
}
