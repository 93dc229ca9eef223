import { useState } from 'preact/hooks';
import type { EntityKind, MatchRule } from '../lib/corpus/types';
import type { EntityView, RelatedArticle } from '../lib/messages/protocol';
import { countryName, uiLanguage } from '../lib/format/country';
import { newestFirst } from '../lib/format/order';
import { ArticleRow } from './ArticleRow';
import { CardFooter } from './CardFooter';
import { STRINGS } from './strings';

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
  /** The reader's locale for dates and country names (`navigator.language`). */
  locale: string;
  onOpenArticle(id: string): void;
  onRetry(): void;
  onNotOnThisSite(): void;
}

/** The hover card: who or what the mention is, then its related articles newest first. */
export function HoverCard(props: HoverCardProps) {
  const { entity, locale } = props;
  const lang = uiLanguage(locale);
  const name = entity ? entity.name[lang] : props.fallbackName;
  const role = entity
    ? [entity.role[lang], countryName(entity.country, locale)].filter(Boolean).join(' · ')
    : '';
  return (
    <section class={`bs-card bs-kind-${props.kind}`} role="dialog" aria-label={name}>
      <header class="bs-card-head">
        <h2 class="bs-name">{name}</h2>
        {role ? <p class="bs-role">{role}</p> : null}
      </header>
      <CardBody {...props} />
      <CardFooter why={props.why} onNotOnThisSite={props.onNotOnThisSite} />
    </section>
  );
}

function CardBody({ status, articles, locale, onOpenArticle, onRetry }: HoverCardProps) {
  const [shown, setShown] = useState(CARD_PAGE_SIZE);
  if (status === 'loading')
    return (
      <p class="bs-state" role="status">
        {STRINGS.loading}
      </p>
    );
  if (status === 'error') {
    return (
      <div class="bs-state bs-error" role="alert">
        <p>{STRINGS.loadError}</p>
        <button type="button" class="bs-link" onClick={onRetry}>
          {STRINGS.retry}
        </button>
      </div>
    );
  }
  if (articles.length === 0) return <p class="bs-state">{STRINGS.noArticles}</p>;
  const ordered = newestFirst(articles);
  const rest = ordered.length - shown;
  return (
    <div class="bs-list-wrap">
      <ul class="bs-list">
        {ordered.slice(0, shown).map((a) => (
          <ArticleRow key={a.id} article={a} locale={locale} onOpen={onOpenArticle} />
        ))}
      </ul>
      {rest > 0 ? (
        <button type="button" class="bs-more" onClick={() => setShown(shown + CARD_PAGE_SIZE)}>
          {STRINGS.more(rest)}
        </button>
      ) : null}
    </div>
  );
}
