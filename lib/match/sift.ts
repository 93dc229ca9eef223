/**
 * The first, cheap look at a page: where a name may start. The page sends its
 * text as read in bulk (no block breaks, so two blocks may run together as
 * `HomeTrump`) and learns which places are worth reading closely; a page that
 * names nobody is done after this one answer. Lenient on purpose: everything
 * `findInPage` would find starts at one of these places.
 */
import { FNV_OFFSET, FNV_PRIME, foldText, type Folded } from './fold';
import { CONTEXT_WORD, SHORT } from './patterns';
import type { TablesView } from './tables-view';
import { isUpperAt } from './text-view';
import type { WordTrie } from './word-trie';

/** A hit as the sift needs it: where, which entity, what kind of row. */
interface SiftHit {
  i: number;
  entity: number;
  kind: number;
}

export interface SiftDeps {
  view: TablesView;
  trie: WordTrie;
  find: (f: Folded) => SiftHit[];
}

/** Whether a hit can start a mention at all: people's names and short forms start with a capital. */
function possible(text: string, f: Folded, h: SiftHit, view: TablesView): boolean {
  if (h.kind !== SHORT && view.rules(h.entity).name !== 1) return true;
  return isUpperAt(text, f.starts[h.i] as number);
}

/**
 * Where two blocks read without a break may meet: a capital right after a
 * small letter or a digit (`HomeTrump`), a digit right after a letter
 * (`Lương Cường2025`) or a letter right after a digit.
 */
const JOINED = /(?<=[\p{Ll}\p{Nd}])\p{Lu}|(?<=\p{L})\p{Nd}|(?<=\p{Nd})\p{L}/gu;

/**
 * `text` with a space put in at every place two blocks may have met
 * (`LeeJae-myung` from `Lee<br>Jae-myung`, `HomeTrump`), and the map back:
 * the offsets of the spaces, in the new text. Null when there is no such place.
 */
function spacedOut(text: string): { text: string; added: number[] } | null {
  const at = Array.from(text.matchAll(JOINED), (m) => m.index);
  if (at.length === 0) return null;
  const parts: string[] = [];
  const added: number[] = [];
  let from = 0;
  for (const i of at) {
    parts.push(text.slice(from, i));
    added.push(i + added.length);
    from = i;
  }
  parts.push(text.slice(from));
  return { text: parts.join(' '), added };
}

/** An offset of the spaced-out text back in the original: minus the spaces put in before it. */
function originalOffset(added: readonly number[], offset: number): number {
  let lo = 0;
  let hi = added.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((added[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset - lo;
}

/** What one text holds: possible starts, and where context words stand (with their entity). */
interface TextFinds {
  at: number[];
  context: Array<[at: number, entity: number]>;
}

/** What a sift collects over all the texts. */
interface Sifting {
  deps: SiftDeps;
  /** Entities that need context and may be named: their context words count. */
  needy: Set<number>;
  buffer?: Folded;
}

/** Whether a key that names someone or something ends in a prefix of word `m`, walking on from `node`. */
function endsInPrefix(f: Folded, m: number, node: number, s: Sifting): boolean {
  const { trie, view } = s.deps;
  let h = FNV_OFFSET;
  for (let u = f.wordStarts[m] as number; u < (f.wordEnds[m] as number) - 1; u++) {
    h = Math.imul(h ^ (f.units[u] as number), FNV_PRIME);
    const c = trie.child(node, h);
    if (c !== 0 && trie.rowsAt(c).some((row) => view.tables.rowKind[row] !== CONTEXT_WORD))
      return true;
  }
  return false;
}

/**
 * Names whose last word runs into the next block's text (`Tô Lâmcomprehensive`,
 * `partnershipsaid`: two blocks read without a break, the fold sees one word):
 * where a key's last word is a prefix of a text word, its start is a place too.
 * A one-word key is looked for so only in capitalised words (names start with a
 * capital; every word's prefixes would cost a probe per letter); the close read judges.
 */
function gluedEnds(
  text: string,
  f: Folded,
  s: Sifting,
  at: number[],
  map: (o: number) => number,
): void {
  const { trie } = s.deps;
  for (let k = 0; k < f.wordCount; k++) {
    const start = f.starts[f.wordStarts[k] as number] as number;
    let node = 0;
    for (let m = k; m < f.wordCount; m++) {
      if ((m > k || isUpperAt(text, start)) && endsInPrefix(f, m, node, s)) {
        at.push(map(start));
        break;
      }
      node = trie.child(node, f.wordHashes[m] as number);
      if (node === 0) break;
    }
  }
}

function findIn(text: string, s: Sifting, into: TextFinds, map: (o: number) => number): void {
  const f = (s.buffer = foldText(text, s.buffer));
  gluedEnds(text, f, s, into.at, map);
  const { view } = s.deps;
  for (const h of s.deps.find(f)) {
    const start = map(f.starts[h.i] as number);
    if (h.kind === CONTEXT_WORD) into.context.push([start, h.entity]);
    else if (possible(text, f, h, view)) {
      into.at.push(start);
      if (view.rules(h.entity).needsContext === 1) s.needy.add(h.entity);
    }
  }
}

/** Sorted candidate offsets per text (see the module comment). */
export function siftText(texts: readonly string[], deps: SiftDeps): number[][] {
  const sifting: Sifting = { deps, needy: new Set() };
  const finds = texts.map((text) => {
    const into: TextFinds = { at: [], context: [] };
    findIn(text, sifting, into, (o) => o);
    const spaced = spacedOut(text);
    if (spaced) findIn(spaced.text, sifting, into, (o) => originalOffset(spaced.added, o));
    return into;
  });
  // Context words matter only where an entity that needs them may be named.
  return finds.map(({ at, context }) => {
    for (const [start, e] of context) if (sifting.needy.has(e)) at.push(start);
    return [...new Set(at)].sort((a, b) => a - b);
  });
}
