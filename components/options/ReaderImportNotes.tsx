import type { ImportNote } from '../../lib/shared/messages/protocol';
import type { ReaderArticlesStrings } from './reader-articles-strings';

export interface ReaderImportNotesProps {
  notes: ImportNote[];
  locale: string;
  s: ReaderArticlesStrings;
}

/** What became of imports that ended while no options page watched (finished, or cut off by a restart). */
export function ReaderImportNotes({ notes, locale, s }: ReaderImportNotesProps) {
  if (notes.length === 0) return null;
  const number = (n: number) => n.toLocaleString(locale);
  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div class="bs-ra-notes" role="status">
      {notes.map((n, i) => (
        <p key={i} class={n.state === 'done' ? '' : 'bs-ra-error'}>
          {s.note({
            state: n.state,
            total: number(n.total),
            added: number(n.added),
            source: n.source,
            startedAt: time(n.startedAt),
          })}
        </p>
      ))}
    </div>
  );
}
