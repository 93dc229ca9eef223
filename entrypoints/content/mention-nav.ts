/**
 * The keyboard path through the page's mentions: a highlighter wrapper that
 * keeps the highlighted ranges (and reports their count for the toolbar
 * badge), and a navigator that scrolls to the next or previous one,
 * emphasises it and opens its card.
 */
import type { EntityKind } from '../../lib/shared/corpus/types';
import type { Highlighter } from '../../lib/content/highlighter';
import type { PageMention } from '../../lib/content/page-mention';

export interface TrackedHighlighter extends Highlighter {
  /** The highlighted ranges, in document order. */
  ranges(): Range[];
}

/** Wrap `inner`, keeping its ranges and calling `onCount` (at most every `delayMs`) when their number changes. */
export function trackRanges(
  inner: Highlighter,
  onCount: (count: number) => void,
  delayMs = 300,
): TrackedHighlighter {
  const ranges = new Set<Range>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (): void => {
    if (timer === undefined)
      timer = setTimeout(() => ((timer = undefined), onCount(ranges.size)), delayMs);
  };
  return {
    supported: inner.supported,
    add(kind: EntityKind, range: AbstractRange) {
      inner.add(kind, range);
      ranges.add(range as Range);
      changed();
    },
    remove(kind: EntityKind, range: AbstractRange) {
      inner.remove(kind, range);
      ranges.delete(range as Range);
      changed();
    },
    setActive: (r) => inner.setActive(r),
    destroy() {
      clearTimeout(timer);
      ranges.clear();
      inner.destroy();
    },
    ranges: () => [...ranges].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)),
  };
}

export interface NavigatorDeps {
  ranges(): Range[];
  /** The page mention a highlighted range belongs to. */
  mentionOf(range: Range): PageMention | null;
  emphasise(range: Range): void;
  /** Open the card for `mention` at viewport point (x, y) and move focus into it. */
  open(mention: PageMention, x: number, y: number): void;
}

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** Go to mentions in document order, wrapping around at either end. */
export function createMentionNavigator(deps: NavigatorDeps) {
  let current: Range | null = null;
  const pick = (list: Range[], direction: 'next' | 'previous'): Range | undefined => {
    if (list.length === 0) return undefined;
    const cmp = (r: Range): number =>
      current
        ? r.compareBoundaryPoints(Range.START_TO_START, current)
        : r.getBoundingClientRect().top;
    if (direction === 'next') return list.find((r) => cmp(r) > 0) ?? list[0];
    return [...list].reverse().find((r) => cmp(r) < 0) ?? list[list.length - 1];
  };
  return {
    /** Go to the next / previous mention (of `entityId` when given); resolves whether there was one. */
    async go(direction: 'next' | 'previous', entityId?: string): Promise<boolean> {
      const list = deps
        .ranges()
        .filter((r) => !entityId || deps.mentionOf(r)?.found.entityId === entityId);
      const range = pick(list, direction);
      const mention = range ? deps.mentionOf(range) : null;
      if (!range || !mention) return false;
      current = range;
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'instant' });
      // Let the scroll's own events pass first: a page scroll closes any open card.
      await frame();
      await frame();
      deps.emphasise(range);
      const box = range.getBoundingClientRect();
      deps.open(mention, box.left + box.width / 2, box.top + box.height / 2);
      return true;
    },
  };
}
