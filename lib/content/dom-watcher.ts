/**
 * Follows a page that changes after load: collects the parts of the DOM that
 * gained or changed text, once per animation frame, and hands over the
 * smallest set of block roots to scan again (only new text, not the page).
 */
import { isBlockElement, isSkippedElement } from './page-text';

/** Whether `node` sits inside something never scanned (editors, code, Backstory's UI) or is one. */
export function isInSkippedArea(node: Node): boolean {
  for (
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** The nearest block element around `node` (names never cross blocks, so rescanning it is enough). */
export function blockAround(node: Node): Element | null {
  for (
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isBlockElement(el)) return el;
  }
  return node.ownerDocument?.body ?? null;
}

/** The outermost blocks around the nodes of `nodes` still on the page. */
export function blocksAround(nodes: readonly Node[]): Element[] {
  const blocks = new Set<Element>();
  for (const n of nodes) {
    const b = n.isConnected ? blockAround(n) : null;
    if (b) blocks.add(b);
  }
  return outermost(blocks);
}

/** Keep only roots not inside another root of the set. */
export function outermost(roots: Iterable<Element>): Element[] {
  const all = [...new Set(roots)];
  return all.filter((r) => !all.some((o) => o !== r && o.contains(r)));
}

/**
 * Watch `root` for added or edited text and call `onChange(blocks)` once per
 * animation frame with the blocks to rescan, and whether nodes were removed
 * (then the caller drops its stale mentions; `blocks` may be empty). Stops when `signal` aborts.
 */
export function watchDom(
  root: Node,
  onChange: (blocks: Element[], removed: boolean) => void,
  signal: AbortSignal,
  win: Window = window,
): void {
  const pending = new Set<Element>();
  let removed = false;
  let frame = 0;
  const flush = (): void => {
    frame = 0;
    const blocks = outermost(pending).filter((b) => b.isConnected && !isInSkippedArea(b));
    pending.clear();
    if (blocks.length > 0 || removed) onChange(blocks, removed);
    removed = false;
  };
  // An added block is scanned on its own; added text or inline content rescans the block around it.
  // Removals need no scan: the mentions they took away are dropped as stale by the caller.
  const note = (node: Node): void => {
    if (node.nodeType !== 1 && node.nodeType !== 3) return;
    if (isInSkippedArea(node)) return;
    const block =
      node.nodeType === 1 && isBlockElement(node as Element)
        ? (node as Element)
        : blockAround(node);
    if (block) pending.add(block);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') note(r.target);
      else r.addedNodes.forEach(note);
      if (r.removedNodes.length > 0) removed = true;
    }
    if ((pending.size > 0 || removed) && frame === 0) frame = win.requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.cancelAnimationFrame(frame);
    pending.clear();
  });
}
