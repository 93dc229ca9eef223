import { callBackground } from '../shared/messages/client';
import type { ImportNote, ReaderArticleSummary } from '../shared/messages/protocol';
import {
  buildExportFile,
  ImportFileError,
  parseExportFile,
  type ItemProblem,
} from '../shared/reader/export-file';
import { filesProblem, jsonShapeProblem } from './import-limits';
import { ImportCancelled, runImport, type ImportProgress } from './import-runner';
import type { ReaderArticleItem } from '../shared/reader/reader-item';
import { bytesNeeded, CHECK_FROM_BYTES, roomProblem, type StorageEstimate } from './storage-room';
import { itemsFromTextFiles, type PickedFile } from './text-import';

/** What an import did, for the report under the progress bar. */
export interface ImportReport {
  added: number;
  /** Items not imported, each with its reason (bad in the file, or already added). */
  problems: ItemProblem[];
  /** Set when nothing was imported at all (unreadable file, no room, write failed, cancelled). */
  error?: string;
  /** The reader cancelled it (then `error` says nothing was kept). */
  cancelled?: boolean;
  settingsRestored: boolean;
}

/** A file the reader picked, read only once it has passed the size checks. */
export interface ChosenFile {
  /** The name, or the path inside the picked folder. */
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/** What the options page's reader-articles panel can ask for. */
export interface ReaderArticlesApi {
  list(): Promise<ReaderArticleSummary[]>;
  remove(id: string): Promise<ReaderArticleItem | null>;
  /** Put back what {@link remove} returned. */
  restore(item: ReaderArticleItem): Promise<void>;
  /** Build the export file: every reader article and the settings. */
  exportFile(): Promise<Blob>;
  /** Import picked files; `signal` cancels, leaving nothing of the import stored. */
  importFiles(
    files: ChosenFile[],
    onProgress: (p: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportReport>;
  /** Imports that ended while no options page watched (finished, or cut off by a restart). */
  importNotes(): Promise<ImportNote[]>;
  openArticle(id: string): void;
}

/** Where the reader's settings live (lib/shared/settings); absent, exports carry articles only. */
export interface SettingsAccess {
  load(): Promise<Record<string, unknown>>;
  save(raw: Record<string, unknown>): Promise<unknown>;
}

const PAGE = 1000;
const transport = {
  begin: (importId: string, total: number, source: string) =>
    callBackground('importBegin', { importId, total, source: source.slice(0, 2000) }),
  chunk: async (importId: string, items: ReaderArticleItem[]) =>
    (await callBackground('importChunk', { importId, items })).staged,
  commit: (importId: string) =>
    callBackground('importCommit', { importId }, { timeoutMs: 120_000 }),
  abort: (importId: string) => callBackground('importAbort', { importId }),
};

async function allItems(): Promise<ReaderArticleItem[]> {
  const items: ReaderArticleItem[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await callBackground('readerArticleItems', { offset, limit: PAGE });
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= page.total) return items;
  }
}

/** Read picked files: export files (.json) and seed-format articles (.txt, with .meta.json sidecars). */
function readPicked(files: PickedFile[], now: Date) {
  const decoder = new TextDecoder();
  const exports = files.filter((f) => f.name.endsWith('.json') && !f.name.endsWith('.meta.json'));
  const texts = exports.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) }));
  for (const { name, text } of texts) {
    const problem = jsonShapeProblem(name, text);
    if (problem) throw new ImportFileError(problem);
  }
  const parsed = texts.map((f) => parseExportFile(f.text));
  const text = itemsFromTextFiles(files, now);
  const ignored = files
    .filter((f) => !/\.(json|txt)$/i.test(f.name))
    .map((f) => ({ where: f.name, reason: 'not a Backstory export (.json) or a .txt article' }));
  return {
    items: [...parsed.flatMap((p) => p.items), ...text.items],
    problems: [...parsed.flatMap((p) => p.problems), ...text.problems, ...ignored],
    settings: parsed.find((p) => p.settings)?.settings,
  };
}

/**
 * The panel's calls over the message layer. `estimate` is
 * `navigator.storage.estimate` (the extension's pages and its worker share one quota).
 */
export function createReaderArticlesApi(deps: {
  settings?: SettingsAccess;
  estimate: () => Promise<StorageEstimate>;
  openArticle: (id: string) => void;
}): ReaderArticlesApi {
  return {
    list: async () => (await callBackground('readerArticles', {})).articles,
    remove: async (id) => (await callBackground('deleteReaderArticle', { id })).removed,
    async restore(item) {
      await runImport([item], transport, () => undefined);
    },
    async exportFile() {
      const file = buildExportFile(await allItems(), await deps.settings?.load(), new Date());
      return new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
    },
    async importFiles(chosen, onProgress, signal) {
      const report: ImportReport = { added: 0, problems: [], settingsRestored: false };
      const tooMuch = filesProblem(chosen);
      if (tooMuch) return { ...report, error: tooMuch };
      const files = await Promise.all(
        chosen.map(async (f) => ({ name: f.name, bytes: await f.bytes() })),
      );
      let read;
      try {
        read = readPicked(files, new Date());
      } catch (err) {
        if (err instanceof ImportFileError) return { ...report, error: err.message };
        throw err;
      }
      report.problems = read.problems;
      const size = files.reduce((n, f) => n + f.bytes.length, 0);
      if (size >= CHECK_FROM_BYTES) {
        const problem = roomProblem(await deps.estimate(), bytesNeeded(size));
        if (problem) return { ...report, error: problem };
      }
      const source = chosen.map((f) => f.name).join(', ');
      try {
        const outcome = await runImport(read.items, transport, onProgress, { source, signal });
        report.added = outcome.added;
        report.problems.push(...outcome.skipped.map((s) => ({ ...s, where: s.title ?? s.where })));
      } catch (err) {
        const cancelled = err instanceof ImportCancelled;
        return { ...report, cancelled, error: err instanceof Error ? err.message : String(err) };
      }
      if (read.settings && deps.settings) {
        await deps.settings.save(read.settings);
        report.settingsRestored = true;
      }
      return report;
    },
    importNotes: async () => (await callBackground('importNotes', {})).imports,
    openArticle: deps.openArticle,
  };
}
