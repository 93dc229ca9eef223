import type { EntityView, RelatedArticle } from '../../../lib/shared/messages/protocol';

/** An entity as the background sends it. */
export const LUONG_CUONG: EntityView = {
  id: 'luong-cuong',
  kind: 'leader',
  name: { en: 'Lương Cường', vi: 'Lương Cường' },
  role: { en: 'President of Việt Nam', vi: 'Chủ tịch nước Việt Nam' },
  country: 'VN',
};

/** A related article whose sentence mentions `mention` (the highlight is computed, not typed in). */
export function related(
  id: string,
  date: string | null,
  title: string,
  sentence: string,
  mention = 'Lương Cường',
): RelatedArticle {
  const start = sentence.indexOf(mention);
  return {
    id,
    date,
    title,
    language: 'en',
    source: 'VNS',
    place: null,
    sentence,
    highlight: { start, end: start + mention.length },
    sharedEntities: 0,
  };
}
