/**
 * Which mention is under a point. The caret position at the point gives a
 * text node and offset; a per-node index gives the mentions in that node; the
 * mention's client rects confirm the point is really on it (a caret is also
 * reported beside the end of a line, in margins and between paragraphs).
 */
import type { PageMention } from './page-mention';

/** Mentions by the text nodes they cover. */
export class MentionIndex {
  readonly #byNode = new Map<Text, PageMention[]>();

  add(m: PageMention): void {
    for (const p of m.pieces) {
      const list = this.#byNode.get(p.node);
      if (list) list.push(m);
      else this.#byNode.set(p.node, [m]);
    }
  }

  remove(m: PageMention): void {
    for (const p of m.pieces) {
      const list = this.#byNode.get(p.node)?.filter((x) => x !== m);
      if (list && list.length > 0) this.#byNode.set(p.node, list);
      else this.#byNode.delete(p.node);
    }
  }

  /** Every mention with a piece in `node`, or undefined (do not change the index while holding it). */
  inNode(node: Text): readonly PageMention[] | undefined {
    return this.#byNode.get(node);
  }

  /** The mentions with a piece in `node` that touches `offset` (end inclusive: a caret sits between characters). */
  at(node: Node, offset: number): PageMention[] {
    const list = this.#byNode.get(node as Text) ?? [];
    return list.filter((m) =>
      m.pieces.some((p) => p.node === node && p.start <= offset && offset <= p.end),
    );
  }

  clear(): void {
    this.#byNode.clear();
  }
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position at a viewport point: the standard call (Firefox, Chrome 128+) or WebKit's older one. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** Whether the point lies in one of the range's boxes (with a pixel of slack for rounding). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack)
      return true;
  }
  return false;
}

/** The mention under viewport point (x, y), or null. */
export function hitTest(
  index: MentionIndex,
  x: number,
  y: number,
  doc: Document = document,
): PageMention | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const m of index.at(caret.node, caret.offset)) {
    if (rangeContainsPoint(m.range, x, y)) return m;
  }
  return null;
}
