import {
  addReaderArticles,
  deleteReaderArticle,
  listReaderArticles,
  readerArticleItems,
  readerArticleSummary,
} from './db/reader-articles';
import { entitiesByIds } from './db/reader-entities';
import { toEntityView } from './db/views';
import { CallFailure } from '../shared/messages/call-failure';
import type { BackgroundCalls, ClipOutcome, Handlers } from '../shared/messages/protocol';
import { checkClipResult } from '../shared/reader/clip-result';
import { describeStoreError } from './store-error';
import { createImportHandlers, type ImportCall } from './import-handlers';
import { prepareReaderArticle } from '../shared/reader/prepare-article';
import type { ReaderDeps } from './reader-deps';

export type { ReaderDeps } from './reader-deps';

/** The reader-article calls (the import calls are import-handlers.ts'). */
export type ReaderCall =
  'clipTab' | 'readerArticles' | 'readerArticleItems' | 'deleteReaderArticle' | ImportCall;

const UNREADABLE =
  'Backstory cannot read this tab. Browser pages, the web stores and some viewers are closed to extensions.';

/** Handlers for the reader-article calls. */
export function createReaderHandlers(
  deps: ReaderDeps,
): Pick<Handlers<BackgroundCalls>, ReaderCall> {
  const { db } = deps;
  return {
    ...createImportHandlers(deps),
    async clipTab({ tabId }) {
      const raw = await deps.runClipper(tabId).catch(() => null);
      if (raw === null) return { status: 'failed', message: UNREADABLE };
      const clip = checkClipResult(raw);
      if (!clip.ok) return { status: 'not-article', message: clip.message };
      await deps.ensureReady();
      return storeClip(deps, await prepareReaderArticle(clip.item, await deps.matcher()));
    },
    async readerArticles() {
      return { articles: await listReaderArticles(db) };
    },
    async readerArticleItems({ offset, limit }) {
      return readerArticleItems(db, offset, limit);
    },
    async deleteReaderArticle({ id }) {
      const removed = await deleteReaderArticle(db, id);
      if (removed) {
        await deps.learning.forget(id);
        deps.onChange();
      }
      return { removed };
    },
  };
}

async function storeClip(
  deps: ReaderDeps,
  prepared: Awaited<ReturnType<typeof prepareReaderArticle>>,
): Promise<ClipOutcome> {
  const { db } = deps;
  const result = await addReaderArticles(db, [prepared]).catch((err: unknown) => {
    throw new CallFailure('unavailable', describeStoreError(err));
  });
  const duplicate = result.duplicates[0];
  const id = duplicate ? duplicate.existingId : prepared.article.id;
  const article = await readerArticleSummary(db, id);
  if (!article) throw new CallFailure('internal', 'the article was stored but cannot be read back');
  if (duplicate) return { status: 'duplicate', article, by: duplicate.by };
  // Names it brings are learned now: the next page is matched with them, and its links include them.
  await deps.learning.learn([id]);
  deps.onChange();
  const row = await db.articles.get(id);
  const ids = [...new Set((row?.mentions ?? []).map((m) => m.entityId))];
  const entities = (await entitiesByIds(db, ids)).flatMap((e) => (e ? [toEntityView(e)] : []));
  return { status: 'added', article, entities };
}
