import type { ImportOutcome } from '../messages/protocol';
import type { ReaderArticleItem } from './reader-item';

/** How the runner reaches the background (messages in the options page, handlers in tests). */
export interface ImportTransport {
  chunk(importId: string, items: ReaderArticleItem[]): Promise<number>;
  /** One commit call: `saving` while the background is still writing (call again), or the outcome. */
  commit(
    importId: string,
  ): Promise<{ state: 'saving' } | { state: 'done'; outcome: ImportOutcome }>;
  abort(importId: string): Promise<unknown>;
}

/** Where an import is: linking chunks in the background, then saving them in one transaction. */
export interface ImportProgress {
  phase: 'linking' | 'saving';
  done: number;
  total: number;
}

/** Items per message (the most a chunk may hold): each round trip costs, and the progress bar still moves. */
export const IMPORT_CHUNK = 500;

/**
 * Send `items` to the background in chunks (each is linked there and staged),
 * then commit them all in one transaction. Each chunk is its own message, so
 * the page and the background stay responsive between them. On any failure the
 * staged chunks are dropped and nothing is stored; the error is rethrown.
 */
export async function runImport(
  items: readonly ReaderArticleItem[],
  transport: ImportTransport,
  onProgress: (p: ImportProgress) => void,
  importId: string = crypto.randomUUID(),
  chunkSize: number = IMPORT_CHUNK,
): Promise<ImportOutcome> {
  const total = items.length;
  if (total === 0) return { added: 0, skipped: [] };
  try {
    for (let done = 0; done < total; done += chunkSize) {
      onProgress({ phase: 'linking', done, total });
      await transport.chunk(importId, items.slice(done, done + chunkSize));
    }
    onProgress({ phase: 'saving', done: total, total });
    for (;;) {
      const reply = await transport.commit(importId);
      if (reply.state === 'done') return reply.outcome;
    }
  } catch (err) {
    await transport.abort(importId).catch(() => undefined);
    throw err;
  }
}
