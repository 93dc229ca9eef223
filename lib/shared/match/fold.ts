/**
 * Accent-, case- and hyphen-folding with an exact map back to the original
 * UTF-16 offsets. The matcher compares folded units only, then reports spans
 * of the original text, so highlights land on what the page really shows.
 *
 * One pass over `charCodeAt`, an ASCII table and a lazily filled table for
 * other code units: no string is built per character.
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

// Every code unit's entry: ASCII filled now, others on first sight; 0 means "not yet"
// (NUL folds to 0 too, so it is looked up again each time: harmless, it is rare).
const table = new Int32Array(65536);
table.set(ascii);

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
  table[c] = f;
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

/** Units folded per call of the hot loop (see {@link foldText}). */
const BLOCK = 4096;
// The fold's running state between blocks: n, run, lines, words, word, hash.
const state = new Int32Array(6);
const START = [0, -1, 0, 0, -1, FNV_OFFSET];

/**
 * Fold `text` (NFC or NFD). Marks are stripped, đ → d, case is lowered, runs of
 * white space / NBSP / dashes / one line break become one {@link SPACE}; runs with
 * two or more line breaks (or U+2029) become one {@link PARAGRAPH}. Soft hyphens and
 * zero-width characters vanish; a combining mark widens the unit before it so a
 * span never cuts a letter from its accent. Pass `into` to reuse its arrays.
 * One table lookup per code unit gives both the folded unit and whether it is
 * part of a word (this loop is the matcher's hot path).
 *
 * The loop runs in blocks of {@link BLOCK} units, one call each: one loop over
 * a whole long string runs as on-stack-replaced code, whose speed varies
 * from process to process.
 */
export function foldText(text: string, into?: Folded): Folded {
  const end = text.length;
  const out = ensure(into, end);
  state.set(START);
  for (let from = 0; from < end; from += BLOCK) {
    foldBlock(text, from, Math.min(end, from + BLOCK), out);
  }
  return finish(out, end);
}

/** Close a pending space run as one folded unit ending before `i`. */
function closeRun(out: Folded, n: number, run: number, lines: number, i: number): void {
  out.units[n] = lines >= 2 ? PARAGRAPH : SPACE;
  out.starts[n] = run;
  out.ends[n] = i;
}

/**
 * `text.charCodeAt(i)` looks the method up on the string, and that lookup
 * goes megamorphic once the loop has seen several kinds of V8 string (one- and
 * two-byte, internalized, cons, sliced): V8 then stops inlining it and the loop
 * runs twice as slow. Called through a constant, it is inlined for any kind.
 */
const charCodeAt = String.prototype.charCodeAt;

/** The hot loop over text units [from, to); state in {@link state}. */
function foldBlock(text: string, from: number, to: number, out: Folded): void {
  const { units, starts, ends, wordStarts, wordEnds, wordHashes } = out;
  const tab = table;
  let n = state[0] as number;
  let run = state[1] as number;
  let lines = state[2] as number;
  let words = state[3] as number;
  let word = state[4] as number;
  let h = state[5] as number;
  for (let i = from; i < to; i++) {
    const c = charCodeAt.call(text, i);
    let f = tab[c] as number;
    if (f === UNKNOWN) f = learn(c);
    if (f >= WORD) {
      if (word < 0) {
        if (run >= 0) {
          closeRun(out, n++, run, lines, i);
          run = -1;
          lines = 0;
        }
        word = n;
        h = FNV_OFFSET;
      }
      f ^= WORD;
      h = Math.imul(h ^ f, FNV_PRIME);
      units[n] = f;
      starts[n] = i;
      ends[n++] = i + 1;
      continue;
    }
    if (word >= 0 && f !== MARK && f !== DROP) {
      wordStarts[words] = word;
      wordEnds[words] = n;
      wordHashes[words++] = h;
      word = -1;
    }
    if (f >= 0) {
      if (run >= 0) {
        closeRun(out, n++, run, lines, i);
        run = -1;
        lines = 0;
      }
      units[n] = f;
      starts[n] = i;
      ends[n++] = i + 1;
    } else if (f === MARK) {
      if (run < 0 && n > 0) ends[n - 1] = i + 1;
    } else if (f !== DROP) {
      if (run < 0) run = i;
      if (f === LINE) lines++;
      else if (f === PARA) lines += 2;
    }
  }
  state[0] = n;
  state[1] = run;
  state[2] = lines;
  state[3] = words;
  state[4] = word;
  state[5] = h;
}

/** Close the last word and space run after the last block. */
function finish(out: Folded, end: number): Folded {
  let n = state[0] as number;
  let words = state[3] as number;
  const word = state[4] as number;
  const run = state[1] as number;
  if (word >= 0) {
    out.wordStarts[words] = word;
    out.wordEnds[words] = n;
    out.wordHashes[words++] = state[5] as number;
  }
  if (run >= 0) closeRun(out, n++, run, state[2] as number, end);
  out.length = n;
  out.wordCount = words;
  return out;
}

let keyBuffer: Folded | undefined;

/** The folded form of `s` as a plain string, trimmed, breaks as spaces: for keys and search. */
export function foldKey(s: string): string {
  // One buffer for every key: compiling 20,000 aliases folds 50,000 short strings.
  const f = (keyBuffer = foldText(s, keyBuffer));
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
