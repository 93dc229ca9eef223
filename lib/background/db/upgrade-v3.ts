import type { Transaction } from 'dexie';
import type { ArticleMention } from '../../shared/corpus/types';
import { rowMention } from './bundle-rows';

/**
 * Version 2 → 3: the reader's mentions move from the `mentions` table into
 * their article rows, which is then emptied; bundled links and the record of
 * the loaded corpus go, so the next `ensureCorpus` loads the bundle in the new shape.
 */
export async function upgradeToRowsPerArticle(tx: Transaction): Promise<void> {
  const mentions = tx.table('mentions');
  const reader = (await mentions.where('origin').equals('reader').toArray()) as ArticleMention[];
  const byArticle = new Map<string, ArticleMention[]>();
  for (const m of reader) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  for (const [id, list] of byArticle) {
    await tx.table('articles').update(id, { mentions: list.map(rowMention) });
  }
  await mentions.clear();
  await tx.table('links').where('origin').equals('bundled').delete();
  await tx.table('meta').delete('corpus');
}
