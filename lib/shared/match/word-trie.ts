/**
 * The matcher's hot path: every pattern key written in a folded text, found
 * word by word. Keys sit in a trie over word hashes (the FNV-1a hashes
 * `foldText` computes while folding), kept as an open-addressing table in two
 * typed arrays, so a text word costs one filter probe when no key starts with
 * it, and a name one table probe per word, however many keys share its first
 * word. Candidates are then checked unit by unit (`keyAt`), so a hash
 * collision can never make a false match.
 */
import { FNV_OFFSET, FNV_PRIME, isWordUnit, type Folded } from './fold';
import { keyAt } from './text-view';

/** Size of the first-word filter (a power of two). */
const FILTER_MASK = (1 << 16) - 1;

/** The trie as stored in `MatcherTables` (its `trie*`, `term*` and `filter` fields). */
export interface TrieArrays {
  trieSlots: Int32Array;
  trieNodes: Int32Array;
  termStarts: Uint32Array;
  termRows: Uint32Array;
  filter: Uint8Array;
}

/** A key (row `row`) written in the text at folded units [i, j). */
export interface KeyHit {
  row: number;
  i: number;
  j: number;
}

function edge(node: number, hash: number): number {
  return (Math.imul(node + 1, 0x9e3779b1) ^ hash) | 0;
}

function slotOf(e: number, mask: number): number {
  const x = Math.imul(e ^ (e >>> 16), 0x85ebca6b);
  return (x ^ (x >>> 13)) & mask;
}

/** Build the trie over `keys` (row `r` has key `keys[r]`); a row's key may be empty or wordless: left out. */
export function buildTrie(keys: readonly string[]): TrieArrays {
  const edges = new Map<number, number>();
  const terminal: number[][] = [[]];
  const filter = new Uint8Array(FILTER_MASK + 1);
  keys.forEach((key, row) => {
    const hashes = keyWordHashes(key);
    if (hashes.length === 0) return;
    filter[(hashes[0] as number) & FILTER_MASK] = 1;
    let node = 0;
    for (const h of hashes) {
      const e = edge(node, h);
      let next = edges.get(e);
      if (next === undefined) {
        next = terminal.push([]) - 1;
        edges.set(e, next);
      }
      node = next;
    }
    (terminal[node] as number[]).push(row);
  });
  return {
    ...edgeTable([...edges.keys()], [...edges.values()]),
    ...terminalTable(terminal, keys),
    filter,
  };
}

/**
 * The edges as an open-addressing table: slot → edge hash, slot → child node (0: empty; the root is
 * no child). Edge `k` is `hashes[k]` → `nodes[k]`. The table's size follows from the edges' count
 * alone, so the stored tables keep only the used slots and this makes the table again.
 */
export function edgeTable(
  hashes: ArrayLike<number>,
  nodes: ArrayLike<number>,
): Pick<TrieArrays, 'trieSlots' | 'trieNodes'> {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const trieSlots = new Int32Array(size);
  const trieNodes = new Int32Array(size);
  const mask = size - 1;
  for (let k = 0; k < hashes.length; k++) {
    const e = hashes[k] as number;
    let s = slotOf(e, mask);
    while (trieNodes[s] !== 0) s = (s + 1) & mask;
    trieSlots[s] = e;
    trieNodes[s] = nodes[k] as number;
  }
  return { trieSlots, trieNodes };
}

/** Rows ending at each node, longest key first, as one list cut by `termStarts`. */
function terminalTable(
  terminal: number[][],
  keys: readonly string[],
): Pick<TrieArrays, 'termStarts' | 'termRows'> {
  const termStarts = new Uint32Array(terminal.length + 1);
  const rows: number[] = [];
  terminal.forEach((list, node) => {
    list.sort((a, b) => (keys[b] as string).length - (keys[a] as string).length || a - b);
    rows.push(...list);
    termStarts[node + 1] = rows.length;
  });
  return { termStarts, termRows: Uint32Array.from(rows) };
}

/** Finds the keys of a built trie in folded texts. */
export class WordTrie {
  readonly #t: TrieArrays;
  readonly #mask: number;
  readonly #key: (row: number) => string;

  /** `key(row)` gives a row's folded key (only asked for candidates that reach a terminal). */
  constructor(arrays: TrieArrays, key: (row: number) => string) {
    this.#t = arrays;
    this.#mask = arrays.trieSlots.length - 1;
    this.#key = key;
  }

  /** The node reached from `node` by a word of hash `hash`; 0 when there is none. */
  child(node: number, hash: number): number {
    return this.#child(node, hash);
  }

  /** Whether some key may start with a word of hash `hash` (false: surely none does). */
  mayStart(hash: number): boolean {
    return this.#t.filter[hash & FILTER_MASK] === 1;
  }

  /** The rows whose keys end at `node`, longest key first. */
  rowsAt(node: number): Uint32Array {
    const { termStarts, termRows } = this.#t;
    return termRows.subarray(termStarts[node] as number, termStarts[node + 1] as number);
  }

  #child(node: number, hash: number): number {
    const { trieSlots, trieNodes } = this.#t;
    const e = edge(node, hash);
    for (let s = slotOf(e, this.#mask); ; s = (s + 1) & this.#mask) {
      const n = trieNodes[s] as number;
      if (n === 0 || trieSlots[s] === e) return n;
    }
  }

  /** Every key written at a word start, on word boundaries; in text order, longest first at one start. */
  find(f: Folded): KeyHit[] {
    const hits: KeyHit[] = [];
    const { wordHashes, wordCount } = f;
    const { filter, termStarts, termRows } = this.#t;
    for (let k = 0; k < wordCount; k++) {
      if (filter[(wordHashes[k] as number) & FILTER_MASK] === 0) continue;
      const i = f.wordStarts[k] as number;
      const first = hits.length;
      let node = 0;
      for (let m = k; m < wordCount; m++) {
        node = this.#child(node, wordHashes[m] as number);
        if (node === 0) break;
        for (let t = termStarts[node] as number; t < (termStarts[node + 1] as number); t++) {
          const row = termRows[t] as number;
          const key = this.#key(row);
          if (keyAt(f, i, key)) hits.push({ row, i, j: i + key.length });
        }
      }
      if (hits.length - first > 1) longestFirst(hits, first);
    }
    return hits;
  }
}

/**
 * The hashes of a folded key's words, as `foldText` hashes a text's words. Not
 * through `foldText` itself: its loop stays tuned to page text (V8 specialises
 * it to the kinds of string it has seen).
 */
function keyWordHashes(key: string): number[] {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 0x20;
    if (isWordUnit(c)) {
      if (!inWord) h = FNV_OFFSET;
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      out.push(h);
      inWord = false;
    }
  }
  return out;
}

/** Sort `hits[from..]` (all at one start) longest first. */
function longestFirst(hits: KeyHit[], from: number): void {
  const tail = hits.splice(from).sort((a, b) => b.j - a.j);
  for (const h of tail) hits.push(h);
}
