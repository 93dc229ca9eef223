/**
 * The close read of a page, after the sift: one walk over the root that
 * finds, without reading any text, the paragraphs ("runs": text between two
 * block boundaries) that hold a place the sift marked, and where each of them
 * lies in the pieces the sift read (`page-pieces.ts`). The background cuts
 * those runs out of the pieces it already holds, so the page's text crosses
 * to it once. Blocks and `<br>` break as `TextReader` breaks them, skipped
 * elements are left out the same way, so a run is exactly a paragraph of the
 * page text `TextReader` would read.
 */
import { LINE_BREAK_PART } from '../shared/messages/page-wire';
import { BLOCK_TAGS, SKIPPED_TAGS, after, isSkippedByAttribute } from './page-text';

/** A text node of a marked run: where it starts in which piece, and its length when read. */
export interface RunNode {
  node: Text;
  piece: number;
  start: number;
  length: number;
}

export interface WalkedRuns {
  /**
   * Per marked run, its parts as `[piece, start, end]` triples, flattened; a
   * part `[LINE_BREAK_PART, 0, 0]` is a line break.
   */
  runs: number[][];
  /** The text nodes of the marked runs, in page order. */
  nodes: RunNode[];
  /** The length of each piece as walked (it differs from the sift's when the page changed in between). */
  pieceLengths: number[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ALL = 0xffffffff;

/** One run being walked. */
class OpenRun {
  parts: number[] = [];
  nodes: RunNode[] = [];
  marked = false;
  #lineOwed = false;

  /** A text node of `length` at `start` of `piece`, read up to `end` (its end, unless a walk stops in it). */
  text(piece: number, start: number, length: number, node: Text, end = start + length): void {
    if (this.#lineOwed) this.parts.push(LINE_BREAK_PART, 0, 0);
    this.#lineOwed = false;
    const n = this.parts.length;
    if (n >= 3 && this.parts[n - 3] === piece && this.parts[n - 1] === start)
      this.parts[n - 1] = end;
    else this.parts.push(piece, start, end);
    this.nodes.push({ node, piece, start, length });
  }

  get empty(): boolean {
    return this.nodes.length === 0;
  }

  /** A `<br>`: a line break before the next text; a second one in a row ends the run. */
  lineBreak(): boolean {
    if (this.empty) return false;
    if (this.#lineOwed) return true;
    this.#lineOwed = true;
    return false;
  }
}

/** Where a walk over the top of a page stops: offset `offset` of piece `piece`. */
export interface WalkStop {
  piece: number;
  offset: number;
}

/** Marks for a walk that takes every run (the top of a page, matched without a sift). */
export const EVERY_RUN = 'every';

/**
 * Walk `root` and collect the runs that hold one of the places in `marks`
 * (sorted offsets into each piece, as the sift answered), or every run with
 * {@link EVERY_RUN}; with `stop`, only the text before it (the run it cuts ends there).
 */
export function walkRuns(
  root: Element,
  marks: readonly (readonly number[])[] | typeof EVERY_RUN,
  stop?: WalkStop,
): WalkedRuns {
  const every = marks === EVERY_RUN;
  const placesIn = (piece: number): readonly number[] | undefined =>
    every ? undefined : marks[piece];
  const out: WalkedRuns = { runs: [], nodes: [], pieceLengths: [0] };
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ALL);
  const exits: Array<Node | null> = [];
  let piece = 0;
  let pos = 0;
  let mark = 0; // the next unmatched place in this piece
  let run = new OpenRun();
  // Inside a <br> that holds nodes (only script can make one): its text is in the pieces but never read.
  let ignoredUntil: Node | null | undefined;
  const close = (): void => {
    if (run.marked) {
      out.runs.push(run.parts);
      for (const n of run.nodes) out.nodes.push(n);
    }
    if (!run.empty) run = new OpenRun();
  };
  let node: Node | null = root;
  while (node !== null || exits.length > 0) {
    if (exits.length > 0 && (node === null || exits[exits.length - 1] === node)) {
      exits.pop();
      close();
      continue;
    }
    const n = node as Node;
    if (ignoredUntil !== undefined && n === ignoredUntil) ignoredUntil = undefined;
    if (n.nodeType === TEXT_NODE) {
      const length = (n as Text).length;
      if (stop && (piece > stop.piece || (piece === stop.piece && pos >= stop.offset))) break;
      if (length > 0 && ignoredUntil !== undefined) {
        pos += length;
        const places = placesIn(piece);
        while (places && mark < places.length && (places[mark] as number) < pos) mark++;
      } else if (length > 0) {
        const end =
          stop && piece === stop.piece ? Math.min(pos + length, stop.offset) : pos + length;
        run.text(piece, pos, length, n as Text, end);
        if (every) run.marked = true;
        const places = placesIn(piece);
        while (places && mark < places.length && (places[mark] as number) < pos + length) {
          if ((places[mark] as number) >= pos) run.marked = true;
          mark++;
        }
        pos += length;
      }
    } else if (n.nodeType === ELEMENT_NODE && n !== root) {
      const el = n as Element;
      let name = el.localName;
      if (name.charCodeAt(0) < 97) name = name.toLowerCase();
      if (SKIPPED_TAGS.has(name) || (el.hasAttributes() && isSkippedByAttribute(el))) {
        // A skipped element starts the next piece but does not break the run (`TextReader` reads past it).
        out.pieceLengths[piece] = pos;
        piece++;
        pos = 0;
        mark = 0;
        out.pieceLengths[piece] = 0;
        node = after(el, root);
        if (node !== null) walker.currentNode = node;
        continue;
      }
      if (ignoredUntil !== undefined) {
        // Nothing inside an ignored <br> breaks or joins runs.
      } else if (name === 'br') {
        if (run.lineBreak()) close();
        if (el.firstChild !== null) ignoredUntil = after(el, root);
      } else if (BLOCK_TAGS.has(name)) {
        close();
        exits.push(after(el, root));
      }
    }
    node = walker.nextNode();
  }
  close();
  out.pieceLengths[piece] = pos;
  return out;
}
