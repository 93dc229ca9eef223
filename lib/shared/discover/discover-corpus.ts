import { discoverArticle } from './discover-article';
import { mergeEntities, type MergeResult } from './merge-entities';
import { NO_REVIEW, type ReviewedLayer } from '../corpus/reviewed';
import type { ArticleText, Candidate } from './types';

/**
 * Discover the entities of a whole corpus: every article's candidates
 * (computed independently, so an added article costs one `discoverArticle`),
 * merged and corrected by the reviewed layer.
 */
export function discoverCorpus(
  articles: readonly ArticleText[],
  reviewed: ReviewedLayer = NO_REVIEW,
): MergeResult & { candidates: Candidate[] } {
  const candidates = articles.flatMap(discoverArticle);
  return { ...mergeEntities(candidates, reviewed), candidates };
}
