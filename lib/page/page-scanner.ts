/**
 * Reads parts of the page, finds mentions with the matcher and keeps the
 * mention store (and so the highlights) in step with the page. A whole page
 * is read and matched in slices (`scanInSlices`), the blocks in view first;
 * later changes rescan only the blocks that changed. On a long page the rest
 * is only read on the page's thread and matched elsewhere (`RemoteFinder`).
 */
import type { FoundMention, Matcher, MatcherEntity } from '../match/types';
import { toPageMentions } from './page-mention';
import { TextReader, readPageText, type PageText } from './page-text';
import { isStale, type MentionStore } from './mention-store';
import { runInSlices, type SliceOptions } from './slices';
import { blocksAround } from './dom-watcher';

/** Characters read and matched per step: small enough that a step is well under a slice's budget. */
export const CHUNK_CHARS = 16_384;
/** With a remote finder, the top of the page matched here at once: about two screens of text. */
export const TOP_CHARS = 4096;
/** Below this much text the page matches it at once: a round trip would cost more than it saves. */
export const REMOTE_MIN_CHARS = 131_072;

/**
 * Finds the mentions of a page's parts (in page order) off the page's main
 * thread, starting with `alreadyNamed` named in full; null when it cannot.
 */
export type RemoteFinder = (
  texts: string[],
  alreadyNamed: string[],
) => Promise<((text: string, i: number) => FoundMention[]) | null>;

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
  remote?: RemoteFinder,
): PageScanner {
  const kindOf = (id: string) => entities.get(id)?.kind;
  // While parts read earlier wait to be matched: the text nodes rescans read since, and whether text left.
  let changes: { nodes: Set<Text>; removed: boolean } | null = null;
  // Scanning a text replaces its mentions, so a block read twice (changed during the first pass) is never doubled.
  // Short forms count after a full mention anywhere on the page, also in text scanned later.
  const match = (pageText: PageText): void => {
    store.removeInNodes(pageText.nodes);
    if (pageText.text.length === 0) return;
    const found = matcher.findMentions(pageText.text, { alreadyNamed: store.namedInFull() });
    store.add(toPageMentions(pageText, found, kindOf, doc));
  };
  const scan = (root: Node): void => {
    const pageText = readPageText(root);
    if (changes) for (const n of pageText.nodes) changes.nodes.add(n);
    match(pageText);
  };
  // A part whose text changed after it was read is scanned again from the page, block by block.
  const unchanged = (part: PageText): boolean =>
    !changes ||
    part.nodes.every((n) => !changes?.nodes.has(n) && (!changes?.removed || n.isConnected));
  // A part read in the first pass and not rescanned since has no mentions yet: nothing to remove first.
  const settle = (part: PageText, found: readonly FoundMention[] | null): void => {
    if (!unchanged(part)) for (const b of blocksAround(part.nodes)) scan(b);
    else if (found) store.add(toPageMentions(part, found, kindOf, doc));
    else match(part);
  };

  /** Match the parts read earlier: elsewhere when there is much text, else here; then place them in slices. */
  async function matchParts(parts: PageText[], slices: SliceOptions): Promise<boolean> {
    let found: ((text: string, i: number) => FoundMention[]) | null = null;
    if (remote && parts.reduce((n, p) => n + p.text.length, 0) >= REMOTE_MIN_CHARS) {
      const start = slices.now();
      const asking = remote(
        parts.map((p) => p.text),
        [...store.namedInFull()],
      );
      slices.onSlice?.(start, slices.now()); // handing the text to the message is the page's time too
      found = await asking.catch(() => null);
    }
    return runInSlices(
      eachOnce(parts, (part, i) => settle(part, found ? found(part.text, i) : null)),
      slices,
    );
  }

  return {
    scan,
    async scanInSlices(root, first, slices) {
      const done = new Set(first);
      const reader = new TextReader(root, { skip: (el) => done.has(el) });
      const queue = [...first];
      // Each part is matched as it is read, except that with a remote finder only the first is (the top of
      // the page, what the reader sees first): the rest is read first and then matched together.
      const parts: PageText[] = [];
      let topDone = false;
      if (remote) changes = { nodes: new Set(), removed: false };
      try {
        const read = await runInSlices(() => {
          const block = queue.shift();
          if (block) scan(block);
          else if (remote && topDone) parts.push(reader.read(CHUNK_CHARS));
          else {
            match(reader.read(remote ? TOP_CHARS : CHUNK_CHARS));
            topDone = true;
          }
          return queue.length > 0 || !reader.done;
        }, slices);
        return read && (parts.length === 0 || (await matchParts(parts, slices)));
      } finally {
        changes = null;
      }
    },
    rescan(blocks, removed = true) {
      if (removed) {
        store.removeWhere(isStale);
        if (changes) changes.removed = true;
      }
      for (const b of blocks) scan(b);
    },
  };
}

/** A slice step that calls `fn` on each item once, in order. */
function eachOnce<T>(items: readonly T[], fn: (item: T, i: number) => void): () => boolean {
  let i = 0;
  return () => {
    if (i < items.length) fn(items[i] as T, i++);
    return i < items.length;
  };
}
