import { foldText, isWordUnit } from '../../shared/match/fold';

/** A piece of text around a match, with the match's place inside it (UTF-16, end exclusive). */
export interface Snippet {
  text: string;
  highlight: { start: number; end: number } | null;
}

const BEFORE = 60;
const AFTER = 140;
const CHUNK = 8192;

function foldedString(units: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += CHUNK)
    s += String.fromCharCode(...units.subarray(i, Math.min(length, i + CHUNK)));
  return s;
}

/** Where the earliest word starting with one of `terms` (folded words) is in the folded text. */
function firstWordMatch(
  folded: string,
  terms: readonly string[],
): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  for (const term of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    const m = re.exec(folded);
    if (m && (!best || m.index < best.at)) best = { at: m.index, length: term.length };
  }
  return best;
}

/**
 * Cut `text` at word boundaries near `[from, to)`, adding "…" where something was
 * left out. Each white-space character becomes one space (paragraph breaks
 * included), so offsets into the window stay exact: `offset` maps them back.
 */
function cut(
  text: string,
  from: number,
  to: number,
  keep = { start: 0, end: 0 },
): { text: string; offset: number } {
  let a = Math.max(0, from);
  let b = Math.min(text.length, to);
  if (a > 0) a = Math.min(text.indexOf(' ', a) + 1 || a, keep.start);
  if (b < text.length) {
    const space = text.lastIndexOf(' ', b);
    b = Math.max(space > a ? space : b, keep.end);
  }
  const head = a > 0 ? '…' : '';
  const body = text.slice(a, b).replace(/\s/g, ' ');
  return { text: head + body + (b < text.length ? '…' : ''), offset: a - head.length };
}

/** How much of the text is folded first: the earliest match is usually near the start. */
const FIRST_LOOK = 600;

/** The earliest match in `text` (folded), its span in `text`; null when none. */
function findIn(text: string, terms: readonly string[]): { start: number; end: number } | null {
  const f = foldText(text);
  const hit = firstWordMatch(foldedString(f.units, f.length), terms);
  if (!hit) return null;
  let last = hit.at + hit.length - 1;
  while (last + 1 < f.length && isWordUnit(f.units[last + 1] as number)) last++; // mark the whole word
  return { start: f.starts[hit.at] as number, end: f.ends[last] as number };
}

/**
 * The part of `text` around the earliest word that starts with one of `terms`
 * (folded words, as the search index holds them), or the start of the text.
 * The start of the text (cut at a space, so no word is cut) is looked at first,
 * then the whole: a keystroke folds a few hundred characters per hit, not the article.
 */
export function snippetAround(text: string, terms: readonly string[]): Snippet {
  const cutAt = text.length > FIRST_LOOK ? text.lastIndexOf(' ', FIRST_LOOK) : -1;
  const span = (cutAt > 0 ? findIn(text.slice(0, cutAt), terms) : null) ?? findIn(text, terms);
  if (!span) return { text: cut(text, 0, BEFORE + AFTER).text, highlight: null };
  const { start, end } = span;
  const window = cut(text, start - BEFORE, end + AFTER, { start, end });
  return {
    text: window.text,
    highlight: { start: start - window.offset, end: end - window.offset },
  };
}
