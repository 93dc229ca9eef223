/**
 * The matcher's hot path: every pattern key written in a folded text, found
 * word by word. Keys are stored in a trie over word hashes (the FNV-1a hashes
 * `foldText` computes while folding), so a text word costs one typed-array
 * probe when no key starts with it, and a name costs one probe per word,
 * however many keys share its first word (20,000 made-up "Nguyễn …" aliases
 * included). Candidates are then checked unit by unit with `keyAt`, so a hash
 * collision can never make a false match.
 */
import { FNV_OFFSET, FNV_PRIME, isWordUnit, type Folded } from './fold';
import type { PatternRow } from './patterns';
import { keyAt } from './text-view';

/** Size of the first-word filter (a power of two). */
const FILTER_MASK = (1 << 16) - 1;

/** A key written in the text at folded units [i, j). */
export interface KeyHit {
  row: PatternRow;
  i: number;
  j: number;
}

function edge(node: number, hash: number): number {
  return (Math.imul(node + 1, 0x9e3779b1) ^ hash) | 0;
}

/** Finds every key of `rows` in folded texts. */
export class WordTrie {
  readonly #edges = new Map<number, number>();
  /** Rows ending at each node, longest key first. */
  readonly #terminal: Array<PatternRow[] | undefined> = [];
  readonly #filter = new Uint8Array(FILTER_MASK + 1);

  constructor(rows: readonly PatternRow[]) {
    let nodes = 1;
    for (const row of rows) {
      const hashes = keyWordHashes(row[0]);
      if (hashes.length === 0) continue;
      this.#filter[(hashes[0] as number) & FILTER_MASK] = 1;
      let node = 0;
      for (const h of hashes) {
        const e = edge(node, h);
        let next = this.#edges.get(e);
        if (next === undefined) this.#edges.set(e, (next = nodes++));
        node = next;
      }
      (this.#terminal[node] ??= []).push(row);
    }
    for (const list of this.#terminal) list?.sort((a, b) => b[0].length - a[0].length);
  }

  /** Every key written at a word start, on word boundaries; in text order, longest first at one start. */
  find(f: Folded): KeyHit[] {
    const hits: KeyHit[] = [];
    const { wordHashes, wordCount } = f;
    const filter = this.#filter;
    for (let k = 0; k < wordCount; k++) {
      if (filter[(wordHashes[k] as number) & FILTER_MASK] === 0) continue;
      const i = f.wordStarts[k] as number;
      const first = hits.length;
      let node = 0;
      for (let m = k; m < wordCount; m++) {
        const next = this.#edges.get(edge(node, wordHashes[m] as number));
        if (next === undefined) break;
        node = next;
        for (const row of this.#terminal[node] ?? [])
          if (keyAt(f, i, row[0])) hits.push({ row, i, j: i + row[0].length });
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
