/**
 * Reads parts of the page, finds mentions with the matcher and keeps the
 * mention store (and so the highlights) in step with the page.
 */
import type { Matcher, MatcherEntity } from '../match/types';
import { toPageMentions } from './page-mention';
import { readPageText } from './page-text';
import { isStale, type MentionStore } from './mention-store';

export interface PageScanner {
  /** Find and highlight the mentions in `root` (the body at start). */
  scan(root: Node): void;
  /** `blocks` changed: drop stale mentions and those inside the blocks, then scan the blocks again. */
  rescan(blocks: readonly Element[]): void;
}

export function createPageScanner(
  matcher: Matcher,
  entities: ReadonlyMap<string, MatcherEntity>,
  store: MentionStore,
  doc: Document = document,
): PageScanner {
  const kindOf = (id: string) => entities.get(id)?.kind;
  const scan = (root: Node): void => {
    const pageText = readPageText(root);
    if (pageText.text.length === 0) return;
    store.add(toPageMentions(pageText, matcher.findMentions(pageText.text), kindOf, doc));
  };
  return {
    scan,
    rescan(blocks) {
      store.removeWhere(
        (m) => isStale(m) || blocks.some((b) => m.pieces.some((p) => b.contains(p.node))),
      );
      for (const b of blocks) scan(b);
    },
  };
}
