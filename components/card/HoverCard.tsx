import { useState } from 'preact/hooks';
import type { EntityKind, MatchRule } from '../../lib/shared/corpus/types';
import type { EntityView, RelatedArticle } from '../../lib/shared/messages/protocol';
import { groupByPageDate, type DateGroup } from './date-groups';
import { countryName } from '../../lib/shared/format/country';
import { ENGLISH, type Translator } from '../../lib/shared/i18n/translator';
import type { MessageKey } from '../../lib/shared/i18n/catalogs';
import { ArticleRow } from './ArticleRow';
import { CardFooter } from './CardFooter';
import { EntityName } from '../shared/EntityName';
import { TranslatorContext, useT } from '../shared/i18n';
import { Timeline } from '../shared/Timeline';

/** How many articles the card shows at once; "More" reveals the next as many. */
export const CARD_PAGE_SIZE = 3;

export type CardStatus = 'loading' | 'error' | 'ready';

export interface HoverCardProps {
  /** The entity as the background describes it; null until loaded (the card then shows `fallbackName`). */
  entity: EntityView | null;
  fallbackName: string;
  kind: EntityKind;
  status: CardStatus;
  articles: readonly RelatedArticle[];
  /** Why this mention is highlighted: the text on the page, the gazetteer form it matched and the rule. */
  why: { surface: string; alias: string; rule: MatchRule };
  /** The locale for dates and country names (follows the interface language). */
  locale: string;
  /** The interface's words (English when absent). */
  t?: Translator;
  /** The page's own publication day: articles are split into before / after it. */
  pageDate?: string | null;
  onOpenArticle(id: string): void;
  onRetry(): void;
  onNotOnThisSite(): void;
  onHideName?(): void;
  onClose?(): void;
}

/** The hover card: who or what the mention is, then its related articles newest first. */
export function HoverCard(props: HoverCardProps) {
  const t = props.t ?? ENGLISH;
  return (
    <TranslatorContext.Provider value={t}>
      <Card {...props} />
    </TranslatorContext.Provider>
  );
}

function Card(props: HoverCardProps) {
  const t = useT();
  const { entity, locale } = props;
  const name = entity ? entity.name[t.lang] : props.fallbackName;
  const role = entity
    ? [entity.role[t.lang], countryName(entity.country, locale)].filter(Boolean).join(' · ')
    : '';
  return (
    <section class={`bs-card bs-kind-${props.kind}`} role="dialog" aria-label={name}>
      <header class="bs-card-head">
        <EntityName entity={entity} fallback={props.fallbackName} tag="h2" />
        {role ? <p class="bs-role">{role}</p> : null}
        {entity?.foundInReaderArticles ? (
          <p class="bs-found-in">{t('foundInYourArticles')}</p>
        ) : null}
        {props.onClose ? (
          <button
            type="button"
            class="bs-close"
            aria-label={t('closeCard')}
            onClick={props.onClose}
          >
            ×
          </button>
        ) : null}
      </header>
      <CardBody {...props} name={name} />
      <CardFooter
        why={props.why}
        onNotOnThisSite={props.onNotOnThisSite}
        onHideName={props.onHideName}
      />
    </section>
  );
}

const GROUP_KEYS: Record<Exclude<DateGroup, 'all'>, MessageKey> = {
  after: 'afterThisArticle',
  before: 'beforeThisArticle',
  undated: 'undatedGroup',
};

function CardBody(props: HoverCardProps & { name: string }) {
  const { status, articles, locale, onOpenArticle, onRetry, pageDate = null } = props;
  const t = useT();
  const [shown, setShown] = useState(CARD_PAGE_SIZE);
  if (status === 'loading')
    return (
      <p class="bs-state" role="status">
        {t('cardLoading')}
      </p>
    );
  if (status === 'error') {
    return (
      <div class="bs-state bs-error" role="alert">
        <p>{t('cardLoadError')}</p>
        <button type="button" class="bs-link" onClick={onRetry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (articles.length === 0) return <p class="bs-state">{t('cardNoArticles')}</p>;
  let budget = shown;
  const groups = groupByPageDate(articles, pageDate).map((g) => {
    const items = g.items.slice(0, Math.max(0, budget));
    budget -= items.length;
    return { ...g, items };
  });
  const rest = articles.length - shown;
  return (
    <div class="bs-list-wrap">
      <Timeline articles={articles} name={props.name} pageDate={pageDate} locale={locale} />
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <div key={g.group} class="bs-group">
            {g.group === 'all' ? null : <h3 class="bs-group-title">{t(GROUP_KEYS[g.group])}</h3>}
            <ul class="bs-list">
              {g.items.map((a) => (
                <ArticleRow key={a.id} article={a} locale={locale} onOpen={onOpenArticle} />
              ))}
            </ul>
          </div>
        ))}
      {rest > 0 ? (
        <button type="button" class="bs-more" onClick={() => setShown(shown + CARD_PAGE_SIZE)}>
          {t('more', rest)}
        </button>
      ) : null}
    </div>
  );
}
