import type { EntityView } from '../../lib/shared/messages/protocol';
import { useT } from './i18n';

export interface EntityNameProps {
  entity: Pick<EntityView, 'name'> | null | undefined;
  fallback: string;
  tag?: 'h2' | 'span';
}

/** An entity's name in the interface language, with its name in the other language in small text when it differs. */
export function EntityName({ entity, fallback, tag = 'span' }: EntityNameProps) {
  const t = useT();
  const other = t.lang === 'en' ? 'vi' : 'en';
  const main = entity ? entity.name[t.lang] : fallback;
  const second = entity && entity.name[other] !== main ? entity.name[other] : null;
  const Tag = tag;
  return (
    <Tag class="bs-name">
      <span lang={t.lang}>{main}</span>
      {second ? (
        <small class="bs-other-name" lang={other}>
          {second}
        </small>
      ) : null}
    </Tag>
  );
}
