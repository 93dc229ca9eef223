/**
 * The credit lines at the end of a seed: a news-agency signature
 * (`VNS`, `— VNS`, `— VNA/VNS`) and a by-line (`Như Tâm`).
 */

/**
 * Agency codes at the end of the text, either after a dash or after the end
 * of a sentence (`… outcomes. — VNS`, `… development. VNS`) or alone. Demanding
 * one of those keeps a paragraph that merely ends in `ASEAN` intact.
 */
const SIGNATURE = /(?:^|(?<=[.!?"”’)])\s+|\s*[—–]\s*)([A-Z]{2,6}(?:\/[A-Z]{2,6})*)$/;

/**
 * A by-line: one to five capitalised words of two letters or more, initials
 * (`E.`) allowed inside, no sentence punctuation at the end (`Two.` is text).
 */
const PERSON_NAME = /^(?:\p{Lu}\. |\p{Lu}[\p{Ll}\p{M}'’-]+ ){0,4}\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/** Split an agency signature off the end of a line, if there is one. */
export function splitSignature(line: string): { source: string | null; rest: string } {
  const trimmed = line.trimEnd();
  const m = SIGNATURE.exec(trimmed);
  if (!m?.[1]) return { source: null, rest: line };
  return { source: m[1], rest: trimmed.slice(0, m.index).trimEnd() };
}

/** True when a line reads as a person's name alone: a by-line. */
export function isByline(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 && text.length <= 40 && PERSON_NAME.test(text) && !SIGNATURE_ONLY.test(text)
  );
}

/** A bare agency code (`VNS`) is a signature, not somebody's name. */
const SIGNATURE_ONLY = /^[A-Z]{2,6}(?:\/[A-Z]{2,6})*$/;

/** The credits found at the end of a body, and the body without them. */
export interface Credits {
  source: string | null;
  author: string | null;
  /** The body's lines with the credit text removed (trailing empty lines dropped). */
  lines: string[];
}

/**
 * Take the signature and the by-line off the end of the body. Either may come
 * first (`Như Tâm — VNA` or a signature paragraph after the by-line), so look
 * twice. Only the last non-empty lines are ever touched.
 */
export function takeCredits(lines: readonly string[]): Credits {
  const out = [...lines];
  let source: string | null = null;
  let author: string | null = null;
  for (let pass = 0; pass < 2; pass++) {
    dropTrailingBlanks(out);
    const last = out.length - 1;
    const line = out[last];
    if (line === undefined || last === 0) break;
    if (source === null) {
      const sig = splitSignature(line);
      if (sig.source !== null) {
        source = sig.source;
        out[last] = sig.rest;
        dropTrailingBlanks(out);
      }
    }
    const tail = out[out.length - 1];
    if (author === null && tail !== undefined && standsAlone(out) && isByline(tail)) {
      author = tail.trim();
      out.pop();
    }
  }
  dropTrailingBlanks(out);
  return { source, author, lines: out };
}

/**
 * The last line is a line of its own, not the wrapped end of a sentence
 * (`…the Comprehensive` / `Strategic Partnership.`): a blank line or a
 * finished sentence comes before it.
 */
function standsAlone(lines: readonly string[]): boolean {
  const before = lines[lines.length - 2];
  const hasText = lines.slice(0, -1).some((l) => l.trim() !== '');
  return hasText && before !== undefined && (before.trim() === '' || /[.!?"”’:)]\s*$/.test(before));
}

function dropTrailingBlanks(lines: string[]): void {
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
}
