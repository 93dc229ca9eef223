import type { ImportNote } from '../../shared/views';
import type { BackstoryDatabase, ImportRecord } from './database';

/**
 * The imports journal: a row written when an import starts and, in the same
 * transaction as its articles, when it is stored (reader-articles.ts). A row
 * still `running` that no worker holds is an import the browser or the worker
 * cut off: nothing of it was stored, and the options page says so.
 */

/** Record that import `id` of `total` items from `source` has started. */
export async function beginImport(
  db: BackstoryDatabase,
  id: string,
  total: number,
  source: string,
): Promise<void> {
  await db.imports.put({
    id,
    source,
    total,
    startedAt: Date.now(),
    state: 'running',
    reported: false,
  });
}

/** Record how import `id` ended when it stored nothing (cancelled or failed). */
export async function endImport(
  db: BackstoryDatabase,
  id: string,
  state: 'cancelled' | 'failed',
): Promise<void> {
  await db.imports.update(id, { state, added: 0, finishedAt: Date.now() });
}

/** Mark import `id` as shown to the reader (an options page got its outcome). */
export async function reportedImport(db: BackstoryDatabase, id: string): Promise<void> {
  await db.imports.update(id, { reported: true });
}

function noteOf(r: ImportRecord, live: boolean): ImportNote | null {
  if (r.state === 'running' && live) return null;
  return {
    source: r.source,
    total: r.total,
    startedAt: new Date(r.startedAt).toISOString(),
    state: r.state === 'running' ? 'interrupted' : r.state,
    added: r.added ?? 0,
  };
}

/**
 * The imports no options page has shown yet, oldest first, leaving out those
 * still running in this worker (`live`); each returned one is marked shown.
 */
export function unreportedImports(
  db: BackstoryDatabase,
  live: (id: string) => boolean,
): Promise<ImportNote[]> {
  return db.transaction('rw', db.imports, async () => {
    const rows = await db.imports
      .orderBy('startedAt')
      .filter((r) => !r.reported)
      .toArray();
    const notes: ImportNote[] = [];
    for (const r of rows) {
      const note = noteOf(r, live(r.id));
      if (!note) continue;
      notes.push(note);
      await db.imports.update(r.id, { reported: true });
    }
    return notes;
  });
}
