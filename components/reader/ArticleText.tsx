import type { ArticleMention } from '../../lib/shared/corpus/types';
import { segmentText } from '../../lib/shared/format/segments';
import { useT } from '../shared/i18n';

export interface ArticleTextProps {
  text: string;
  /** The mentions inside this text (offsets into it). */
  mentions: readonly ArticleMention[];
  /** The entity whose mentions are emphasised (the one chosen in the side panel). */
  activeEntityId: string | null;
  entityName(entityId: string): string;
  onChooseEntity(entityId: string): void;
}

/** A paragraph (or title) with its mentions as `<mark>` elements built from offsets, each one a button. */
export function ArticleText({
  text,
  mentions,
  activeEntityId,
  entityName,
  onChooseEntity,
}: ArticleTextProps) {
  const t = useT();
  const parts = segmentText(
    text,
    mentions.map((m) => ({ start: m.start, end: m.end, data: m.entityId })),
  );
  return (
    <>
      {parts.map((p, i) =>
        p.mark === undefined ? (
          p.text
        ) : (
          <mark
            key={i}
            class={p.mark === activeEntityId ? 'bs-mark bs-mark-active' : 'bs-mark'}
            data-entity={p.mark}
          >
            <button
              type="button"
              class="bs-mark-button"
              title={t('readerMentionLabel', entityName(p.mark))}
              onClick={() => onChooseEntity(p.mark as string)}
            >
              {p.text}
            </button>
          </mark>
        ),
      )}
    </>
  );
}
