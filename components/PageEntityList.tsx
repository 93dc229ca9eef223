import type { PageEntity } from '../lib/messages/protocol';
import { POPUP_STRINGS } from './popup-strings';

export interface PageEntityListProps {
  /** undefined while loading; null when the tab has no content script (browser pages, stores). */
  entities: PageEntity[] | null | undefined;
  onChoose(entity: PageEntity): void;
}

/** "On this page": the entities highlighted on the current tab, with how often they appear. */
export function PageEntityList({ entities, onChoose }: PageEntityListProps) {
  return (
    <section class="bs-page" aria-labelledby="bs-page-heading">
      <h2 id="bs-page-heading" class="bs-section-title">
        {POPUP_STRINGS.onThisPage}
      </h2>
      <PageEntityBody entities={entities} onChoose={onChoose} />
    </section>
  );
}

function PageEntityBody({ entities, onChoose }: PageEntityListProps) {
  if (entities === undefined) return <p class="bs-hint">{POPUP_STRINGS.pageLoading}</p>;
  if (entities === null) return <p class="bs-hint">{POPUP_STRINGS.pageUnavailable}</p>;
  if (entities.length === 0) return <p class="bs-hint">{POPUP_STRINGS.pageEmpty}</p>;
  return (
    <ul class="bs-entities">
      {entities.map((e) => (
        <li key={e.id}>
          <button type="button" class={`bs-entity bs-kind-${e.kind}`} onClick={() => onChoose(e)}>
            <span class="bs-entity-name">{e.name}</span>
            <span class="bs-count" aria-label={POPUP_STRINGS.mentions(e.count)}>
              {e.count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
