/**
 * Accent-, case- and hyphen-folding with an exact map back to the original
 * UTF-16 offsets. The matcher compares folded units only, then reports spans
 * of the original text, so highlights land on what the page really shows.
 *
 * One pass over `charCodeAt`, an ASCII table and a lazily filled table for
 * other code units: no string is built per character (issue 4 budgets this).
 */

/** Folded unit that stands for a paragraph break: names never cross it. */
export const PARAGRAPH = 0x0a;
/** Folded unit that stands for one run of white space, dashes or a single line break. */
export const SPACE = 0x20;

/**
 * A folded text: `units[k]` came from `text.slice(starts[k], ends[k])`. Its
 * words (maximal runs of word units) are listed too, with an FNV-1a hash of
 * each, computed in the same pass: the matcher looks names up word by word.
 */
export interface Folded {
  units: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Number of folded units in use (the arrays may be longer, for reuse). */
  length: number;
  /** Word `w` is units [wordStarts[w], wordEnds[w]), hash `wordHashes[w]`. */
  wordStarts: Int32Array;
  wordEnds: Int32Array;
  wordHashes: Int32Array;
  wordCount: number;
}

/** FNV-1a over folded units: the word hashes in {@link Folded}. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

// Class codes kept in the tables next to plain folded code units (>= 0).
const UNKNOWN = 0;
const DROP = -1;
const BLANK = -2;
const LINE = -3;
const PARA = -4;
const MARK = -5;

/** Plain folded units carry this flag in the tables when they are word units (letters, digits). */
const WORD = 0x10000;
const ascii = new Int32Array(128);
for (let c = 0; c < 128; c++) {
  const f = c >= 65 && c <= 90 ? c + 32 : c;
  ascii[c] = (f >= 97 && f <= 122) || (f >= 48 && f <= 57) ? f | WORD : f;
}
for (const c of [9, 11, 12, 13, 32, 45]) ascii[c] = BLANK; // tab, VT, FF, CR, space, hyphen-minus
ascii[10] = LINE;

// Filled on first sight of each non-ASCII code unit; 0 means "not yet".
const wide = new Int32Array(65536);

const FIXED: ReadonlyArray<[number, number, number]> = [
  [0xa0, 0xa0, BLANK],
  [0x1680, 0x1680, BLANK],
  [0x2000, 0x200a, BLANK],
  [0x202f, 0x202f, BLANK],
  [0x205f, 0x205f, BLANK],
  [0x3000, 0x3000, BLANK],
  [0x2010, 0x2015, BLANK], // ‐ ‑ ‒ – — ―: hyphen-like dashes join words like a space
  [0x85, 0x85, LINE],
  [0x2028, 0x2028, LINE],
  [0x2029, 0x2029, PARA],
  [0xad, 0xad, DROP],
  [0x200b, 0x200d, DROP],
  [0x2060, 0x2060, DROP],
  [0xfeff, 0xfeff, DROP],
  [0x2018, 0x2019, 0x27],
  [0x2bc, 0x2bc, 0x27], // curly apostrophes → '
];

const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}/gu;

/** The table entry for `c`: a class code, or its folded unit with the {@link WORD} flag. */
function classify(c: number): number {
  const f = classifyUnit(c);
  return f >= 0 && isWordUnit(f) ? f | WORD : f;
}

/** Classify a code unit seen for the first time and remember it (kept out of the hot loop). */
function learn(c: number): number {
  const f = classify(c) | 0;
  wide[c] = f;
  return f;
}

function classifyUnit(c: number): number {
  for (const [lo, hi, v] of FIXED) if (c >= lo && c <= hi) return v;
  if (c >= 0xd800 && c <= 0xdfff) return c; // half of a surrogate pair: kept as is
  const ch = String.fromCharCode(c);
  if (MARK_RE.test(ch)) return MARK;
  const base = ch.normalize('NFD').replace(MARKS_RE, '').toLowerCase();
  if (base === '\u0111') return 0x64; // đ has no decomposition: fold to d by hand
  if (base.length === 1) return base.charCodeAt(0);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Make (or grow) a buffer that can hold the fold of `n` code units. */
function ensure(into: Folded | undefined, n: number): Folded {
  if (into && into.units.length >= n) return into;
  const size = Math.max(n, 64);
  const words = (size >> 1) + 1; // a word and the separator after it take two units at least
  return {
    units: new Uint16Array(size),
    starts: new Uint32Array(size),
    ends: new Uint32Array(size),
    length: 0,
    wordStarts: new Int32Array(words),
    wordEnds: new Int32Array(words),
    wordHashes: new Int32Array(words),
    wordCount: 0,
  };
}

/**
 * Fold `text` (NFC or NFD). Marks are stripped, đ → d, case is lowered, runs of
 * white space / NBSP / dashes / one line break become one {@link SPACE}; runs with
 * two or more line breaks (or U+2029) become one {@link PARAGRAPH}. Soft hyphens and
 * zero-width characters vanish; a combining mark widens the unit before it so a
 * span never cuts a letter from its accent. Pass `into` to reuse its arrays.
 * One table lookup per code unit gives both the folded unit and whether it is
 * part of a word (this loop is the matcher's hot path: issue 4).
 */
export function foldText(text: string, into?: Folded): Folded {
  const end = text.length;
  const out = ensure(into, end);
  const { units, starts, ends, wordStarts, wordEnds, wordHashes } = out;
  let n = 0;
  let run = -1;
  let lines = 0;
  let words = 0;
  let word = -1;
  let h = FNV_OFFSET;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    let f = c < 128 ? (ascii[c] as number) : (wide[c] as number);
    if (f === UNKNOWN && c >= 128) f = learn(c);
    if (f >= 0) {
      if (run >= 0) {
        units[n] = lines >= 2 ? PARAGRAPH : SPACE;
        starts[n] = run;
        ends[n++] = i;
        run = -1;
        lines = 0;
      }
      if (f >= WORD) {
        f ^= WORD;
        if (word < 0) {
          word = n;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ f, FNV_PRIME);
      } else if (word >= 0) {
        wordStarts[words] = word;
        wordEnds[words] = n;
        wordHashes[words++] = h;
        word = -1;
      }
      units[n] = f;
      starts[n] = i;
      ends[n++] = i + 1;
    } else if (f === MARK) {
      if (run < 0 && n > 0) ends[n - 1] = i + 1;
    } else if (f !== DROP) {
      if (word >= 0) {
        wordStarts[words] = word;
        wordEnds[words] = n;
        wordHashes[words++] = h;
        word = -1;
      }
      if (run < 0) run = i;
      if (f === LINE) lines++;
      else if (f === PARA) lines += 2;
    }
  }
  if (word >= 0) {
    wordStarts[words] = word;
    wordEnds[words] = n;
    wordHashes[words++] = h;
  }
  if (run >= 0) {
    units[n] = lines >= 2 ? PARAGRAPH : SPACE;
    starts[n] = run;
    ends[n++] = end;
  }
  out.length = n;
  out.wordCount = words;
  return out;
}

/** The folded form of `s` as a plain string, trimmed, breaks as spaces: for keys and search. */
export function foldKey(s: string): string {
  const f = foldText(s);
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < f.length; i += CHUNK) {
    out += String.fromCharCode(...f.units.subarray(i, Math.min(f.length, i + CHUNK)));
  }
  return out.replace(/\n/g, ' ').trim();
}

const wordTable = new Int8Array(65536); // 0 unknown, 1 word, -1 not
const WORD_RE = /[\p{L}\p{N}]/u;

/** Whether a folded unit is part of a word (a letter or digit; surrogates are not). */
export function isWordUnit(u: number): boolean {
  if (u < 128) return (u >= 97 && u <= 122) || (u >= 48 && u <= 57);
  let w = wordTable[u] as number;
  if (w === 0) {
    w = u >= 0xd800 && u <= 0xdfff ? -1 : WORD_RE.test(String.fromCharCode(u)) ? 1 : -1;
    wordTable[u] = w;
  }
  return w === 1;
}
