import { addReaderArticles } from './db/reader-articles';
import { beginImport, endImport, reportedImport, unreportedImports } from './db/import-journal';
import { CallFailure } from '../shared/messages/call-failure';
import type { BackgroundCalls, Handlers, ImportOutcome } from '../shared/messages/protocol';
import { prepareReaderArticle, type PreparedReaderArticle } from '../shared/reader/prepare-article';
import { describeStoreError } from './store-error';
import { createImportStaging, UnknownImportError } from './import-staging';
import type { ReaderDeps } from './reader-deps';
import { withDeadline } from '../shared/deadline';

/** The import calls. */
export type ImportCall =
  'importBegin' | 'importChunk' | 'importCommit' | 'importAbort' | 'importNotes';

/** How long one `importCommit` call waits before answering `saving` (under the message layer's 20 s). */
export const COMMIT_WAIT_MS = 8000;

const CANCELLED = 'The import was cancelled: nothing from it was kept.';
const INTERRUPTED =
  'This import was interrupted (Backstory restarted): nothing from it was kept. Start it again.';

/** A commit in progress: its outcome, and how to abort its transaction while it is still open. */
interface Commit {
  outcome: Promise<ImportOutcome>;
  abort: (() => void) | null;
  /** The reader cancelled it: its transaction aborts as soon as it opens. */
  cancelled: boolean;
}

/** Store what an import staged, in one transaction that also marks its journal row done. */
function startCommit(
  deps: ReaderDeps,
  importId: string,
  prepared: PreparedReaderArticle[],
): Commit {
  const commit: Commit = {
    abort: null,
    cancelled: false,
    outcome: Promise.resolve({ added: 0, skipped: [] }),
  };
  commit.outcome = (async () => {
    await deps.ensureReady();
    const onAbortable = (abort: () => void) => {
      commit.abort = abort;
      if (commit.cancelled) abort();
    };
    const stored = await addReaderArticles(deps.db, prepared, { importId, onAbortable });
    if (stored.added.length > 0) {
      deps.onChange();
      // Names the imported articles bring are learned after the commit, a step at a time.
      void deps.learning
        .learn(stored.added)
        .catch((err: unknown) =>
          console.warn('Backstory: learning names from the import failed', err),
        );
    }
    const skipped = stored.duplicates.map((d) => ({
      where: d.index,
      title: prepared[d.index]?.article.title,
      reason:
        d.by === 'url'
          ? 'already added (same address)'
          : 'already added (same text at another address)',
    }));
    return { added: stored.added.length, skipped };
  })();
  return commit;
}

/** Handlers for the import calls: begin, stage chunks, commit (or abort), and the journal's notes. */
export function createImportHandlers(
  deps: ReaderDeps,
): Pick<Handlers<BackgroundCalls>, ImportCall> {
  const { db } = deps;
  const staging = createImportStaging(async (item) =>
    prepareReaderArticle(item, await deps.matcher()),
  );
  const commits = new Map<string, Commit>();
  const fail = (importId: string, state: 'cancelled' | 'failed') =>
    endImport(db, importId, state).catch(() => undefined);
  return {
    async importBegin({ importId, total, source }) {
      staging.begin(importId);
      await beginImport(db, importId, total, source);
      return { started: true };
    },
    async importChunk({ importId, items }) {
      const staged = await staging.add(importId, items).catch((err: unknown) => {
        if (err instanceof UnknownImportError) throw new CallFailure('not-found', INTERRUPTED);
        throw err;
      });
      return { staged };
    },
    async importCommit({ importId }) {
      let commit = commits.get(importId);
      if (!commit) {
        const prepared = staging.take(importId);
        if (!prepared)
          throw new CallFailure('not-found', 'This import has expired: start it again.');
        commit = startCommit(deps, importId, prepared);
        commits.set(importId, commit);
      }
      const outcome = await withDeadline(commit.outcome, COMMIT_WAIT_MS, () => null).catch(
        async (err: unknown) => {
          commits.delete(importId);
          if (commit.cancelled) throw new CallFailure('not-found', CANCELLED);
          await fail(importId, 'failed');
          throw new CallFailure('unavailable', describeStoreError(err));
        },
      );
      if (outcome === null) return { state: 'saving' };
      commits.delete(importId);
      await reportedImport(db, importId).catch(() => undefined);
      return { state: 'done', outcome };
    },
    async importAbort({ importId }) {
      const commit = commits.get(importId);
      const dropped = staging.drop(importId);
      if (commit) {
        commit.cancelled = true;
        commit.abort?.();
        const stored = await commit.outcome.then(
          () => true,
          () => false,
        );
        if (stored) return { aborted: false };
      }
      if (dropped || commit) await fail(importId, 'cancelled');
      return { aborted: dropped || commit !== undefined };
    },
    async importNotes() {
      return { imports: await unreportedImports(db, (id) => staging.has(id) || commits.has(id)) };
    },
  };
}
