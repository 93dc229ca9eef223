/**
 * Annotate a page and keep it annotated: the blocks in view first, then the
 * rest in slices that each stay far below a long task (50 ms), then every
 * later change (new paragraphs, infinite scroll, a single-page app's next
 * view) scanned once, batched per animation frame.
 */
import type { BenchTiming } from './bench-timing';
import { watchDom } from './dom-watcher';
import type { MentionStore } from './mention-store';
import type { PageScanner } from './page-scanner';
import { yieldToBrowser } from './slices';
import { viewportBlocks } from './viewport-blocks';

/** Main-thread milliseconds per slice: leaves the page most of every frame. */
export const SLICE_BUDGET_MS = 8;

export interface AnnotateDeps {
  scanner: PageScanner;
  store: MentionStore;
  timing: BenchTiming;
  signal: AbortSignal;
  doc?: Document;
}

/** Start annotating `root`; resolves when the first full pass is done (or stopped). */
export async function annotatePage(root: Node, deps: AnnotateDeps): Promise<void> {
  const { scanner, store, timing, signal } = deps;
  const doc = deps.doc ?? document;
  const win = doc.defaultView ?? window;
  // Changes during the first pass are caught too: a block already read is rescanned, one not yet read is read once.
  watchDom(
    root,
    (blocks, removed) => timing.measure(() => scanner.rescan(blocks, removed)),
    signal,
    win,
  );
  let first = true;
  const done = await scanner.scanInSlices(root, viewportBlocks(doc), {
    budgetMs: SLICE_BUDGET_MS,
    now: () => win.performance.now(),
    yieldNow: () => yieldToBrowser(win),
    signal,
    // The slice that finds the first mentions ends there, so they paint now rather than when the budget is used.
    yieldEarly: () => first && store.size > 0,
    onSlice(start, end) {
      timing.task(start, end);
      if (first && store.size > 0) {
        first = false;
        timing.mark('first-highlight');
      }
    },
  });
  if (done) timing.mark('scan-done');
}
