import type { SearchSource } from '../db/queries';
import { toSummary } from '../db/views';
import type { ArticleSummary } from '../../shared/views';

/** One article as the search index sees it. */
export interface SearchDocument {
  summary: ArticleSummary;
  title: string;
  /** Names and aliases of the entities the article mentions. */
  names: string[];
  /** Body paragraphs, separated by blank lines. */
  text: string;
}

/** Search documents for every article of `source`. */
export function searchDocuments(source: SearchSource): SearchDocument[] {
  const namesOf = new Map(source.entities.map((e) => [e.id, [e.name.en, e.name.vi, ...e.aliases]]));
  return source.articles.map((a) => ({
    summary: toSummary(a),
    title: a.title,
    names: (source.entityIdsByArticle.get(a.id) ?? []).flatMap((id) => namesOf.get(id) ?? []),
    text: a.paragraphs.join('\n\n'),
  }));
}
