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

/** What a sift collects over all the texts. */
interface Sifting {
  deps: SiftDeps;
  /** Entities that need context and may be named: their context words count. */
  needy: Set<number>;
  buffer?: Folded;
  window?: Folded;
}

/** What one text holds: possible starts, and where context words stand (with their entity). */
interface TextFinds {
  at: number[];
  context: Array<[at: number, entity: number]>;
}

/** Whether a hit can start a mention at all: people's names and short forms start with a capital. */
function possible(text: string, f: Folded, h: SiftHit, view: TablesView): boolean {
  if (h.kind !== SHORT && view.rules(h.entity).name !== 1) return true;
  return isUpperAt(text, f.starts[h.i] as number);
}

/** Add the hits of fold `f` (of `text`) to `into`; `map` turns an offset of `text` into one of the page's. */
function collect(
  text: string,
  f: Folded,
  s: Sifting,
  into: TextFinds,
  map: (o: number) => number,
): void {
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

// Character classes for the joins: 1 small letter, 2 capital, 3 digit, 4 other letter, -1 anything else.
const classes = new Int8Array(65536);
const SMALL = /\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

function classOf(c: number): number {
  let k = classes[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = SMALL.test(ch) ? 1 : CAPITAL.test(ch) ? 2 : DIGIT.test(ch) ? 3 : LETTER.test(ch) ? 4 : -1;
    classes[c] = k;
  }
  return k;
}

/** Where a capital follows a small letter or a digit: where two blocks read without a break may meet. */
function joins(text: string): number[] {
  const out: number[] = [];
  let before = -1;
  for (let i = 0; i < text.length; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k === 2 && (before === 1 || before === 3)) out.push(i);
    before = k;
  }
  return out;
}

/** How far either side of a join is looked at: more than the longest name. */
const JOIN_REACH = 160;

/**
 * Names at joins (`HomeTrump`, `LeeJae-myung` from `Lee<br>Jae-myung`): the
 * text from the glued word on is folded again with a space put in at every
 * join, and what then starts at the glued word or at a join counts.
 */
function atJoins(text: string, s: Sifting, into: TextFinds): void {
  const all = joins(text);
  for (let k = 0; k < all.length;) {
    const first = all[k] as number;
    let w = first;
    while (w > 0 && first - w < JOIN_REACH && classOf(text.charCodeAt(w - 1)) > 0) w--;
    const end = Math.min(text.length, first + JOIN_REACH);
    const inside: number[] = [];
    while (k < all.length && (all[k] as number) < end) inside.push(all[k++] as number);
    const parts = [w, ...inside, end]
      .slice(0, -1)
      .map((from, i) => text.slice(from, [...inside, end][i]));
    const window = parts.join(' ');
    // Offset `o` of the window is `o` minus the spaces before it, from `w`.
    const toText = (o: number): number => {
      let spaces = 0;
      for (let at = 0, i = 0; i < parts.length - 1; i++) {
        at += (parts[i] as string).length;
        if (o > at + spaces) spaces++;
      }
      return w + o - spaces;
    };
    const found: TextFinds = { at: [], context: [] };
    const f = (s.window = foldText(window, s.window));
    collect(window, f, s, found, toText);
    gluedEnds(window, f, s, found.at, toText);
    const starts = new Set([w, ...inside]);
    for (const at of found.at) if (starts.has(at)) into.at.push(at);
    for (const c of found.context) if (starts.has(c[0])) into.context.push(c);
  }
}

/**
 * Whether a key that names someone or something ends in a prefix of word `m`,
 * walking on from `node` (an entity that needs context, found so, wants it).
 */
function endsInPrefix(f: Folded, m: number, node: number, s: Sifting): boolean {
  const { trie, view } = s.deps;
  let h = FNV_OFFSET;
  for (let u = f.wordStarts[m] as number; u < (f.wordEnds[m] as number) - 1; u++) {
    h = Math.imul(h ^ (f.units[u] as number), FNV_PRIME);
    if (node === 0 && !trie.mayStart(h)) continue;
    const c = trie.child(node, h);
    const rows =
      c === 0 ? [] : trie.rowsAt(c).filter((r) => view.tables.rowKind[r] !== CONTEXT_WORD);
    for (const r of rows) {
      const e = view.tables.rowEntity[r] as number;
      if (view.rules(e).needsContext === 1) s.needy.add(e);
    }
    if (rows.length > 0) return true;
  }
  return false;
}

/**
 * Names whose last word runs into the next block's text (`Tô Lâmcomprehensive`,
 * `partnershipsaid`, `Cường2025`: the fold sees one word there): where a key's
 * last word is a prefix of a text word, its start is a place too. A one-word
 * key is looked for so only in capitalised words (names start with a capital);
 * the close read judges.
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
    const capital = isUpperAt(text, start);
    if (!capital && !trie.mayStart(f.wordHashes[k] as number)) continue;
    let node = 0;
    for (let m = k; m < f.wordCount; m++) {
      if ((m > k || capital) && endsInPrefix(f, m, node, s)) {
        at.push(map(start));
        break;
      }
      node = trie.child(node, f.wordHashes[m] as number);
      if (node === 0) break;
    }
  }
}

/** Sorted candidate offsets per text (see the module comment). */
export function siftText(texts: readonly string[], deps: SiftDeps): number[][] {
  const s: Sifting = { deps, needy: new Set() };
  const finds = texts.map((text) => {
    const into: TextFinds = { at: [], context: [] };
    const f = (s.buffer = foldText(text, s.buffer));
    collect(text, f, s, into, (o) => o);
    gluedEnds(text, f, s, into.at, (o) => o);
    atJoins(text, s, into);
    return into;
  });
  // Context words matter only where an entity that needs them may be named.
  return finds.map(({ at, context }) => {
    for (const [start, e] of context) if (s.needy.has(e)) at.push(start);
    return [...new Set(at)].sort((a, b) => a - b);
  });
}
