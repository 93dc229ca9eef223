/**
 * A copy of the matcher's stored tables in the browser's memory for this
 * session (`storage.session`). Chromium closes an origin's IndexedDB files two
 * seconds after its last connection closes, and a worker woken after its idle
 * stop then waits 50–60 ms for them to open again before it reads a byte; the
 * session's copy comes back in about half that. IndexedDB stays the store: the
 * copy is dropped whenever the tables change, is written only from what was
 * read there, and anything wrong with it means reading the store instead.
 */
import type { Storage } from 'webextension-polyfill';
import type { LayeredTables } from './db/matcher-tables';
import { tablesFromText, tablesToText } from '../shared/match/packed-tables';

export interface TablesCopy {
  /** Both layers, when the copy holds them whole and compiled from `source`; else null. */
  read(source: string): Promise<LayeredTables | null>;
  write(tables: LayeredTables): Promise<void>;
  drop(): Promise<void>;
}

/** The copy's key in `storage.session` (the bench reads its size there). */
export const TABLES_COPY_KEY = 'backstory:matcher-tables';
const KEY = TABLES_COPY_KEY;

/** The copy in `area` (the extension's `storage.session`). Its failures are nulls and no-ops: the store answers. */
export function sessionTablesCopy(area: Storage.StorageArea): TablesCopy {
  return {
    async read(source) {
      const got: Record<string, unknown> = await area.get(KEY).catch(() => ({}));
      const stored = got[KEY] as { corpus?: unknown; reader?: unknown } | undefined;
      const corpus = tablesFromText(stored?.corpus);
      const reader = tablesFromText(stored?.reader);
      if (!corpus || !reader || corpus.source !== source || reader.source !== source) return null;
      return { corpus, reader };
    },
    async write({ corpus, reader }) {
      const value = { corpus: tablesToText(corpus), reader: tablesToText(reader) };
      await area.set({ [KEY]: value }).catch(() => undefined);
    },
    async drop() {
      await area.remove(KEY).catch(() => undefined);
    },
  };
}

/**
 * `copy` with what it read kept until the next write or drop: a woken worker reads the copy for
 * its first pages (lib/background/front-matcher.ts) and the rest of the background, loaded later,
 * is given the same tables instead of reading them again. Every write and drop goes through here.
 */
export function rememberReads(copy: TablesCopy): TablesCopy {
  let kept: { source: string; tables: Promise<LayeredTables | null> } | null = null;
  return {
    read(source) {
      if (kept?.source !== source) kept = { source, tables: copy.read(source) };
      return kept.tables;
    },
    async write(tables) {
      kept = null;
      await copy.write(tables);
    },
    async drop() {
      kept = null;
      await copy.drop();
    },
  };
}
