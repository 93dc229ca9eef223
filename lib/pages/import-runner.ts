import type { ImportOutcome } from '../shared/messages/protocol';
import type { ReaderArticleItem } from '../shared/reader/reader-item';

/** How the runner reaches the background (messages in the options page, handlers in tests). */
export interface ImportTransport {
  /** Start the import (its journal row, so a later page can tell what became of it). */
  begin(importId: string, total: number, source: string): Promise<unknown>;
  chunk(importId: string, items: ReaderArticleItem[]): Promise<number>;
  /** One commit call: `saving` while the background is still writing (call again), or the outcome. */
  commit(
    importId: string,
  ): Promise<{ state: 'saving' } | { state: 'done'; outcome: ImportOutcome }>;
  /** Cancel: drop what was staged, or abort the commit; `aborted` false when it was already stored. */
  abort(importId: string): Promise<{ aborted: boolean } | unknown>;
}

/** Where an import is: linking chunks in the background, then saving them in one transaction. */
export interface ImportProgress {
  phase: 'linking' | 'saving';
  done: number;
  total: number;
}

/** Items per message (the most a chunk may hold): each round trip costs, and the progress bar still moves. */
export const IMPORT_CHUNK = 500;

/** The reader cancelled the import and nothing of it was stored. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
  constructor() {
    super('The import was cancelled: nothing from it was kept.');
  }
}

/** Options of {@link runImport}. */
export interface RunOptions {
  importId?: string;
  /** The files the items came from, for the journal. */
  source?: string;
  /** Cancels the import: before the commit, or during it while its transaction is open. */
  signal?: AbortSignal;
  chunkSize?: number;
}

/** Commit, calling again while the background answers `saving`; a cancel meanwhile aborts the transaction. */
async function commit(transport: ImportTransport, importId: string, signal?: AbortSignal) {
  const onAbort = () => void transport.abort(importId).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const reply = await transport.commit(importId);
      if (reply.state === 'done') return reply.outcome;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Send `items` to the background in chunks (each is linked there and staged),
 * then commit them all in one transaction. Each chunk is its own message, so
 * the page and the background stay responsive between them. On any failure,
 * or a cancel, the staged chunks are dropped and nothing is stored: a cancel
 * rejects with {@link ImportCancelled}, anything else with its own error. A
 * cancel that comes after the commit has stored everything resolves with it.
 */
export async function runImport(
  items: readonly ReaderArticleItem[],
  transport: ImportTransport,
  onProgress: (p: ImportProgress) => void,
  options: RunOptions = {},
): Promise<ImportOutcome> {
  const { importId = crypto.randomUUID(), signal, chunkSize = IMPORT_CHUNK } = options;
  const total = items.length;
  if (total === 0) return { added: 0, skipped: [] };
  try {
    await transport.begin(importId, total, options.source ?? '');
    for (let done = 0; done < total; done += chunkSize) {
      if (signal?.aborted) throw new ImportCancelled();
      onProgress({ phase: 'linking', done, total });
      await transport.chunk(importId, items.slice(done, done + chunkSize));
    }
    if (signal?.aborted) throw new ImportCancelled();
    onProgress({ phase: 'saving', done: total, total });
    return await commit(transport, importId, signal);
  } catch (err) {
    await transport.abort(importId).catch(() => undefined);
    throw signal?.aborted ? new ImportCancelled() : err;
  }
}
