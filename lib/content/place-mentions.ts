/**
 * What the background found, placed on the page: offsets into the pieces the
 * sift read become live ranges over the text nodes the close read met. A
 * mention whose nodes changed since they were read is left out (the DOM
 * watcher has the block rescanned).
 */
import type { PlacedMention } from '../shared/messages/page-wire';
import type { PageMention, NodePiece } from './page-mention';
import type { RunNode } from './run-walker';

/** Whether node entry `n` starts at or before `[piece, offset]`. */
function startsBy(n: RunNode, piece: number, offset: number): boolean {
  return n.piece < piece || (n.piece === piece && n.start <= offset);
}

/** The last node that starts at or before `[piece, offset]` (-1: none). */
function lastStartingBy(nodes: readonly RunNode[], piece: number, offset: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startsBy(nodes[mid] as RunNode, piece, offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether node entry `n` holds the unit at `[piece, offset]`. */
function holds(n: RunNode | undefined, piece: number, offset: number): boolean {
  return n !== undefined && n.piece === piece && offset >= n.start && offset < n.start + n.length;
}

/** Whether a node is still as it was read: on the page, the same length. */
function unchanged(n: RunNode): boolean {
  return n.node.isConnected && n.node.length === n.length;
}

/** The pieces of one mention, node by node, or null when it does not fit the nodes as read. */
function piecesOf(nodes: readonly RunNode[], m: PlacedMention): NodePiece[] | null {
  const [sp, so] = m.from;
  const [ep, eo] = m.to;
  const first = lastStartingBy(nodes, sp, so);
  const last = lastStartingBy(nodes, ep, eo - 1);
  if (first < 0 || last < first || !holds(nodes[first], sp, so) || !holds(nodes[last], ep, eo - 1))
    return null;
  const out: NodePiece[] = [];
  for (let k = first; k <= last; k++) {
    const n = nodes[k] as RunNode;
    if (!unchanged(n)) return null;
    const start = k === first ? so - n.start : 0;
    const end = k === last ? eo - n.start : n.length;
    if (start < 0 || end > n.length || end < start) return null;
    if (end > start) out.push({ node: n.node, start, end });
  }
  return out.length > 0 ? out : null;
}

/** Whether the nodes still hold the mention's text (a node may change and keep its length). */
function reads(pieces: readonly NodePiece[], surface: string): boolean {
  let at = 0;
  for (const p of pieces) {
    const n = p.end - p.start;
    if (p.node.substringData(p.start, n) !== surface.slice(at, at + n)) return false;
    at += n;
  }
  return at === surface.length;
}

/** Page mentions for `found`, over the nodes read (`nodes`, in page order). */
export function placeMentions(
  nodes: readonly RunNode[],
  found: readonly PlacedMention[],
  doc: Document,
): PageMention[] {
  const out: PageMention[] = [];
  for (const m of found) {
    const pieces = piecesOf(nodes, m);
    if (!pieces || !reads(pieces, m.surface)) continue;
    const first = pieces[0] as NodePiece;
    const last = pieces[pieces.length - 1] as NodePiece;
    const range = doc.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    out.push({
      found: {
        entityId: m.entity.id,
        start: m.from[1],
        end: m.to[1],
        surface: m.surface,
        alias: m.alias,
        rule: m.rule,
      },
      kind: m.entity.kind,
      range,
      pieces,
    });
  }
  return out;
}
