/**
 * Reads parts of the page, finds mentions with the matcher and keeps the
 * mention store (and so the highlights) in step with the page. A whole page
 * is read and matched in slices (`scanInSlices`), the blocks in view first;
 * later changes rescan only the blocks that changed.
 */
import type { Matcher, MatcherEntity } from '../match/types';
import { toPageMentions } from './page-mention';
import { TextReader, readPageText, type PageText } from './page-text';
import { isStale, type MentionStore } from './mention-store';
import { runInSlices, type SliceOptions } from './slices';

/** Characters read and matched per step: small enough that a step is well under a slice's budget. */
export const CHUNK_CHARS = 16_384;

export interface PageScanner {
  /** Find and highlight the mentions in `root` at once. */
  scan(root: Node): void;
  /**
   * Find and highlight the mentions in `root` in slices, `first` (the blocks
   * in view) before the rest. Resolves true when done, false when stopped.
   */
  scanInSlices(root: Node, first: readonly Element[], slices: SliceOptions): Promise<boolean>;
  /**
   * `blocks` changed: drop the mentions inside them and scan them again
   * (`removed`: text also left the page, so drop the mentions whose text is gone).
   */
  rescan(blocks: readonly Element[], removed?: boolean): void;
}

export function createPageScanner(
  matcher: Matcher,
  entities: ReadonlyMap<string, MatcherEntity>,
  store: MentionStore,
  doc: Document = document,
): PageScanner {
  const kindOf = (id: string) => entities.get(id)?.kind;
  // Scanning a text replaces its mentions, so a block read twice (changed during the first pass) is never doubled.
  // Short forms count after a full mention anywhere on the page, also in text scanned later.
  const match = (pageText: PageText): void => {
    store.removeInNodes(pageText.nodes);
    if (pageText.text.length === 0) return;
    const found = matcher.findMentions(pageText.text, { alreadyNamed: store.namedInFull() });
    store.add(toPageMentions(pageText, found, kindOf, doc));
  };
  const scan = (root: Node): void => match(readPageText(root));
  return {
    scan,
    scanInSlices(root, first, slices) {
      const done = new Set(first);
      const reader = new TextReader(root, { skip: (el) => done.has(el) });
      const queue = [...first];
      return runInSlices(() => {
        const block = queue.shift();
        if (block) scan(block);
        else match(reader.read(CHUNK_CHARS));
        return queue.length > 0 || !reader.done;
      }, slices);
    },
    rescan(blocks, removed = true) {
      if (removed) store.removeWhere(isStale);
      for (const b of blocks) scan(b);
    },
  };
}
