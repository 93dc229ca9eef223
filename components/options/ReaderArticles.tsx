import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ImportNote, ReaderArticleSummary } from '../../lib/shared/messages/protocol';
import type { ImportProgress } from '../../lib/pages/import-runner';
import type {
  ChosenFile,
  ImportReport,
  ReaderArticlesApi,
} from '../../lib/pages/reader-articles-api';
import type { ReaderArticleItem } from '../../lib/shared/reader/reader-item';
import { ReaderArticleList } from './ReaderArticleList';
import { ReaderImportNotes } from './ReaderImportNotes';
import { ReaderImportStatus } from './ReaderImportStatus';
import { readerArticlesStrings } from './reader-articles-strings';

export interface ReaderArticlesProps {
  api: ReaderArticlesApi;
  locale: string;
}

/** The picked files, read only when asked (after the import has checked their sizes). */
function picked(list: FileList | null): ChosenFile[] {
  return [...(list ?? [])].map((f) => ({
    name: f.webkitRelativePath || f.name,
    size: f.size,
    bytes: async () => new Uint8Array(await f.arrayBuffer()),
  }));
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The options page's panel for reader-added articles: the list (newest first)
 * with delete and undo, export to one JSON file, and import of export files or
 * seed-format `.txt` articles with a progress bar and a report. Self-contained:
 * mount it with an api and a locale.
 */
export function ReaderArticles({ api, locale }: ReaderArticlesProps) {
  const s = readerArticlesStrings(locale);
  const [articles, setArticles] = useState<ReaderArticleSummary[] | null>(null);
  const [undo, setUndo] = useState<{ title: string; item: ReaderArticleItem } | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [cancel, setCancel] = useState<AbortController | null>(null);
  const [notes, setNotes] = useState<ImportNote[]>([]);
  const reload = useCallback(() => api.list().then(setArticles), [api]);
  useEffect(() => void reload(), [reload]);
  useEffect(() => void api.importNotes().then(setNotes, () => undefined), [api]);

  const remove = async (a: ReaderArticleSummary) => {
    const item = await api.remove(a.id);
    if (item) setUndo({ title: a.title, item });
    await reload();
  };
  const restore = async () => {
    if (!undo) return;
    setUndo(null);
    await api.restore(undo.item);
    await reload();
  };
  const importFrom = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = picked(input.files);
    input.value = '';
    if (files.length === 0) return;
    setReport(null);
    setNotes([]);
    setProgress({ phase: 'linking', done: 0, total: 0 });
    const controller = new AbortController();
    setCancel(controller);
    const result = await api.importFiles(files, setProgress, controller.signal).finally(() => {
      setProgress(null);
      setCancel(null);
    });
    setReport(result);
    await reload();
  };
  const exportAll = async () =>
    download(await api.exportFile(), `backstory-${new Date().toISOString().slice(0, 10)}.json`);
  const busy = progress !== null;

  return (
    <section class="bs-ra" aria-labelledby="bs-ra-heading">
      <h2 id="bs-ra-heading">{s.heading}</h2>
      <p class="bs-ra-intro">{s.intro}</p>
      <div class="bs-ra-actions">
        <button type="button" onClick={exportAll} disabled={busy || !articles?.length}>
          {s.exportButton}
        </button>
        <label class="bs-ra-pick">
          {s.importFiles}
          <input type="file" multiple accept=".json,.txt" disabled={busy} onChange={importFrom} />
        </label>
        <label class="bs-ra-pick">
          {s.importFolder}
          <input
            type="file"
            {...{ webkitdirectory: '' }}
            multiple
            disabled={busy}
            onChange={importFrom}
          />
        </label>
      </div>
      <ReaderImportNotes notes={notes} locale={locale} s={s} />
      <ReaderImportStatus
        progress={progress}
        report={report}
        locale={locale}
        s={s}
        onCancel={cancel ? () => cancel.abort() : undefined}
      />
      {undo && (
        <div class="bs-ra-undo" role="status">
          {s.deleted(undo.title)}{' '}
          <button type="button" onClick={restore}>
            {s.undo}
          </button>
        </div>
      )}
      {articles !== null && (
        <p class="bs-ra-count">
          {articles.length ? s.count(articles.length.toLocaleString(locale)) : s.empty}
        </p>
      )}
      {articles && articles.length > 0 && (
        <ReaderArticleList
          articles={articles}
          locale={locale}
          s={s}
          onOpen={api.openArticle}
          onDelete={(a) => void remove(a)}
        />
      )}
    </section>
  );
}
