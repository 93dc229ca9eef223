import type { BackstoryDatabase } from '../db/database';
import {
  addReaderArticles,
  deleteReaderArticle,
  listReaderArticles,
  readerArticleItems,
  readerArticleSummary,
} from '../db/reader-articles';
import { toEntityView } from '../db/views';
import type { Matcher } from '../match/types';
import { CallFailure } from '../messages/call-failure';
import type { BackgroundCalls, ClipOutcome, Handlers, ImportOutcome } from '../messages/protocol';
import { checkClipResult } from '../reader-articles/clip-result';
import { describeStoreError } from '../reader-articles/store-error';
import { createImportStaging } from './import-staging';
import {
  prepareReaderArticle,
  type PreparedReaderArticle,
} from '../reader-articles/prepare-article';

/** The calls of issue 7. */
export type ReaderCall =
  | 'clipTab'
  | 'readerArticles'
  | 'readerArticleItems'
  | 'deleteReaderArticle'
  | 'importChunk'
  | 'importCommit'
  | 'importAbort';

/** What the reader-article handlers work on. */
export interface ReaderDeps {
  db: BackstoryDatabase;
  /** The matcher pages are matched with (the background's one warm copy). */
  matcher: () => Promise<Matcher>;
  /** Run the clipper script in a tab and resolve with what it returned (checked here). */
  runClipper: (tabId: number) => Promise<unknown>;
  /** The corpus is loaded (reader rows go in beside it, never before a load that would race them). */
  ensureReady: () => Promise<unknown>;
  /** Called after every write: caches built on the corpus (the search index) must rebuild. */
  onChange: () => void;
}

/** How long one `importCommit` call waits before answering `saving` (under the message layer's 20 s). */
export const COMMIT_WAIT_MS = 8000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Store what an import staged, in one transaction; duplicates come back as skipped, by staged position. */
async function commitImport(
  deps: ReaderDeps,
  prepared: PreparedReaderArticle[],
): Promise<ImportOutcome> {
  await deps.ensureReady();
  const { added, duplicates } = await addReaderArticles(deps.db, prepared).catch((err: unknown) => {
    throw new CallFailure('unavailable', describeStoreError(err));
  });
  if (added.length > 0) deps.onChange();
  const skipped = duplicates.map((d) => ({
    where: d.index,
    title: prepared[d.index]?.article.title,
    reason:
      d.by === 'url'
        ? 'already added (same address)'
        : 'already added (same text at another address)',
  }));
  return { added: added.length, skipped };
}

const UNREADABLE =
  'Backstory cannot read this tab. Browser pages, the web stores and some viewers are closed to extensions.';

/** Handlers for the reader-article calls. */
export function createReaderHandlers(
  deps: ReaderDeps,
): Pick<Handlers<BackgroundCalls>, ReaderCall> {
  const { db } = deps;
  const staging = createImportStaging(async (item) =>
    prepareReaderArticle(item, await deps.matcher()),
  );
  const commits = new Map<string, Promise<ImportOutcome>>();
  return {
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
      if (removed) deps.onChange();
      return { removed };
    },
    async importChunk({ importId, items }) {
      return { staged: await staging.add(importId, items) };
    },
    async importCommit({ importId }) {
      let commit = commits.get(importId);
      if (!commit) {
        const prepared = staging.take(importId);
        if (!prepared)
          throw new CallFailure('not-found', 'This import has expired: start it again.');
        commit = commitImport(deps, prepared);
        commits.set(importId, commit);
      }
      const outcome = await Promise.race([commit, delay(COMMIT_WAIT_MS).then(() => null)]).catch(
        (err: unknown) => {
          commits.delete(importId);
          throw err;
        },
      );
      if (outcome === null) return { state: 'saving' };
      commits.delete(importId);
      return { state: 'done', outcome };
    },
    async importAbort({ importId }) {
      return { aborted: staging.drop(importId) };
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
  deps.onChange();
  const ids = [...new Set(prepared.mentions.map((m) => m.entityId))];
  const entities = (await db.entities.bulkGet(ids)).flatMap((e) => (e ? [toEntityView(e)] : []));
  return { status: 'added', article, entities };
}
