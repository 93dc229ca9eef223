import { numberFormat } from '../../lib/shared/i18n/translator';
import type { EntityView, PageEntity } from '../../lib/shared/messages/protocol';
import { EntityName } from '../shared/EntityName';
import { useT } from '../shared/i18n';

export interface PageEntityListProps {
  /** undefined while loading; null when the tab has no content script (browser pages, stores). */
  entities: PageEntity[] | null | undefined;
  /** Both names of each entity, when known, to show them in the interface language. */
  views?: ReadonlyMap<string, EntityView>;
  onChoose(entity: PageEntity): void;
}

/** "On this page": the entities highlighted on the current tab, with how often they appear. */
export function PageEntityList({ entities, views, onChoose }: PageEntityListProps) {
  const t = useT();
  return (
    <section class="bs-page" aria-labelledby="bs-page-heading">
      <h2 id="bs-page-heading" class="bs-section-title">
        {t('onThisPage')}
      </h2>
      <PageEntityBody entities={entities} views={views} onChoose={onChoose} />
    </section>
  );
}

function PageEntityBody({ entities, views, onChoose }: PageEntityListProps) {
  const t = useT();
  if (entities === undefined) return <p class="bs-hint">{t('pageLoading')}</p>;
  if (entities === null) return <p class="bs-hint">{t('pageUnavailable')}</p>;
  if (entities.length === 0) return <p class="bs-hint">{t('pageEmpty')}</p>;
  return (
    <ul class="bs-entities">
      {entities.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            class={`bs-entity bs-kind-${e.kind}`}
            data-entity={e.id}
            onClick={() => onChoose(e)}
          >
            <span class="bs-entity-name">
              <EntityName entity={views?.get(e.id)} fallback={e.name} />
            </span>
            <span class="bs-count" aria-label={t('mentionsCount', e.count)}>
              {t.locale ? numberFormat(t.locale).format(e.count) : e.count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
