import type { ImportProgress } from '../../lib/pages/import-runner';
import type { ImportReport } from '../../lib/pages/reader-articles-api';
import type { ReaderArticlesStrings } from './reader-articles-strings';

export interface ReaderImportStatusProps {
  progress: ImportProgress | null;
  report: ImportReport | null;
  locale: string;
  s: ReaderArticlesStrings;
  /** Cancels the running import (absent: nothing to cancel). */
  onCancel?: () => void;
}

/** The import's progress bar while it runs, then what it did and each item it could not import. */
export function ReaderImportStatus({
  progress,
  report,
  locale,
  s,
  onCancel,
}: ReaderImportStatusProps) {
  const number = (n: number) => n.toLocaleString(locale);
  if (progress) {
    const label =
      progress.phase === 'saving'
        ? s.saving(number(progress.total))
        : s.linking(number(progress.done), number(progress.total));
    return (
      <div class="bs-ra-progress" role="status">
        {/* Saving is one transaction with no steps to count: an indeterminate bar shows it is alive. */}
        {progress.phase === 'saving' ? (
          <progress aria-label={label} />
        ) : (
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={label} />
        )}
        <span>{label}</span>
        {onCancel && (
          <button type="button" class="bs-ra-cancel" onClick={onCancel}>
            {s.cancel}
          </button>
        )}
      </div>
    );
  }
  if (!report) return null;
  return (
    <div class="bs-ra-report" role="status">
      {report.error ? (
        <p class="bs-ra-error">{report.error}</p>
      ) : (
        <p>
          {s.imported(number(report.added))}
          {report.settingsRestored ? ` ${s.settingsRestored}` : ''}
        </p>
      )}
      {report.problems.length > 0 && (
        <details open={report.problems.length <= 10}>
          <summary>{s.skipped(number(report.problems.length))}</summary>
          <ul class="bs-ra-problems">
            {report.problems.map((p, i) => (
              <li key={i}>
                <b>{typeof p.where === 'number' ? `#${p.where + 1}` : p.where}</b>
                {p.title && typeof p.where === 'number' ? ` “${p.title}”` : ''}: {p.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
