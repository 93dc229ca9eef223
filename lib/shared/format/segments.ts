/**
 * Cutting a text into plain runs and marked runs from offsets, so the UI can
 * build `<strong>` and `<mark>` elements with JSX instead of HTML strings.
 */

/** A span to mark inside a text: UTF-16 offsets, end exclusive. */
export interface MarkSpan<T> {
  start: number;
  end: number;
  data: T;
}

/** One run of a text: `mark` is set on runs that fall inside a span. */
export interface Segment<T> {
  text: string;
  mark?: T;
}

/**
 * `text` cut at the spans' edges. Spans are taken in order of start; one that
 * overlaps an earlier span, lies outside the text or is empty is skipped, so
 * marks never nest and the runs always join back into `text`.
 */
export function segmentText<T>(text: string, spans: readonly MarkSpan<T>[]): Segment<T>[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), mark: s.data });
    at = s.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
