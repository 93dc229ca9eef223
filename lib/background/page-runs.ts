/**
 * A page's paragraphs rebuilt in the background from the pieces the sift
 * received and the runs the page's close read described (`run-walker.ts`):
 * each run's parts cut out of the pieces, `<br>` as a line break. Each run
 * keeps the map back to piece offsets, for the page to place what was found.
 */
import { LINE_BREAK_PART } from '../shared/messages/page-wire';

/** A stretch of a run's text that came from one piece. */
interface Segment {
  at: number;
  piece: number;
  from: number;
  length: number;
}

export interface RunText {
  text: string;
  segments: Segment[];
}

/** The run described by `parts` (triples `[piece, start, end]`), or null when a part does not fit the pieces. */
export function runText(pieces: readonly string[], parts: readonly number[]): RunText | null {
  if (parts.length % 3 !== 0) return null;
  let text = '';
  const segments: Segment[] = [];
  for (let k = 0; k < parts.length; k += 3) {
    const [piece, start, end] = parts.slice(k, k + 3) as [number, number, number];
    if (piece === LINE_BREAK_PART) {
      text += '\n';
      continue;
    }
    const source = pieces[piece];
    if (source === undefined || !(Number.isInteger(start) && Number.isInteger(end))) return null;
    if (start < 0 || end <= start || end > source.length) return null;
    segments.push({ at: text.length, piece, from: start, length: end - start });
    text += source.slice(start, end);
  }
  return { text, segments };
}

/** Where run offset `offset` lies in the pieces; `end`: `offset` is an end (the unit before it counts). */
export function pieceOffset(run: RunText, offset: number, end = false): [number, number] | null {
  const probe = end ? offset - 1 : offset;
  for (const s of run.segments) {
    if (probe >= s.at && probe < s.at + s.length)
      return [s.piece, s.from + probe - s.at + (end ? 1 : 0)];
  }
  return null;
}

/**
 * The text of run offsets [start, end) as the page holds it: the pieces' text
 * only, without the line breaks put in for `<br>` (the page checks a mention
 * against its own nodes with it).
 */
export function pageSurface(
  pieces: readonly string[],
  run: RunText,
  start: number,
  end: number,
): string {
  let out = '';
  for (const s of run.segments) {
    const from = Math.max(start, s.at);
    const to = Math.min(end, s.at + s.length);
    if (to > from)
      out += (pieces[s.piece] as string).slice(s.from + from - s.at, s.from + to - s.at);
  }
  return out;
}
