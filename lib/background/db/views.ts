import type { Article, Entity } from '../../shared/corpus/types';
import type { ArticleSummary, EntityView } from '../../shared/views';

/** An entity as the UI shows it (no matcher fields). */
export function toEntityView(e: Entity): EntityView {
  return {
    id: e.id,
    kind: e.kind,
    name: { en: e.name.en, vi: e.name.vi },
    role: { en: e.role.en, vi: e.role.vi },
    country: e.country,
    ...(e.origin === 'reader' ? { foundInReaderArticles: true } : {}),
  };
}

/** An article as a list row. */
export function toSummary(a: Article): ArticleSummary {
  return {
    id: a.id,
    date: a.date,
    title: a.title,
    language: a.language,
    source: a.source,
    place: a.place,
  };
}

/** The text a mention's `paragraph` index points at: -1 is the title. */
export function paragraphText(a: Article, paragraph: number): string {
  return paragraph < 0 ? a.title : (a.paragraphs[paragraph] ?? '');
}
