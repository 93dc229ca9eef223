/**
 * A mention found on the page, tied to the DOM: the matcher's offsets into the
 * page text turned into a live `Range` (it follows edits of the text nodes it
 * spans), and the per-node pieces the hit test looks up.
 */
import type { EntityKind } from '../shared/corpus/types';
import type { FoundMention } from '../shared/match/types';
import { locate, type PageText } from './page-text';

/** The part of a mention that lies in one text node: offsets inside that node. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

export interface PageMention {
  found: FoundMention;
  kind: EntityKind;
  range: Range;
  pieces: NodePiece[];
}

/** The pieces of page text [start, end) node by node (a name can span `<b>Lương</b> Cường`). */
function piecesOf(pageText: PageText, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  for (let i = locate(pageText, start).index; i < pageText.nodes.length; i++) {
    const node = pageText.nodes[i] as Text;
    const nodeStart = pageText.starts[i] as number;
    if (nodeStart >= end) break;
    const s = Math.max(start - nodeStart, 0);
    const e = Math.min(end - nodeStart, node.length);
    if (e > s) pieces.push({ node, start: s, end: e });
  }
  return pieces;
}

/**
 * Page mentions for the matcher's results on `pageText`. `kindOf` gives each
 * entity's kind; mentions of entities it does not know are dropped.
 */
export function toPageMentions(
  pageText: PageText,
  found: readonly FoundMention[],
  kindOf: (entityId: string) => EntityKind | undefined,
  doc: Document = document,
): PageMention[] {
  const out: PageMention[] = [];
  if (pageText.nodes.length === 0) return out;
  for (const f of found) {
    const kind = kindOf(f.entityId);
    if (!kind) continue;
    const pieces = piecesOf(pageText, f.start, f.end);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) continue;
    const range = doc.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    out.push({ found: f, kind, range, pieces });
  }
  return out;
}
