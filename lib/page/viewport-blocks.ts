/**
 * The text blocks the reader sees first: scanned before the rest of the page,
 * so the first highlights appear where the reader is looking.
 */
import { blockAround, isInSkippedArea } from './dom-watcher';

/** Blocks small enough to scan in one go (a paragraph, a heading, a list item, a cell). */
const TEXT_BLOCKS = new Set(
  'P LI H1 H2 H3 H4 H5 H6 TD TH DD DT BLOCKQUOTE FIGCAPTION CAPTION SUMMARY'.split(' '),
);

/** How many points down the middle of the viewport are probed. */
const PROBES = 8;

/**
 * The distinct text blocks under a column of points down the viewport, top
 * first, when the page opened scrolled to an anchor (`#…`). Otherwise none:
 * the page opens at its top, which document order reaches first anyway, and
 * probing would force the browser to lay out the whole page before it is ready
 * (measured: 70 ms on the bench's 1 MB page).
 */
export function viewportBlocks(doc: Document = document): Element[] {
  const win = doc.defaultView;
  if (!win || win.location.hash.length < 2) return [];
  const out: Element[] = [];
  const x = win.innerWidth / 2;
  for (let k = 0; k < PROBES; k++) {
    const hit = doc.elementFromPoint(x, ((k + 0.5) * win.innerHeight) / PROBES);
    const block = hit ? blockAround(hit) : null;
    if (!block || !TEXT_BLOCKS.has(block.tagName.toUpperCase())) continue;
    if (!out.includes(block) && !isInSkippedArea(block)) out.push(block);
  }
  return out;
}
