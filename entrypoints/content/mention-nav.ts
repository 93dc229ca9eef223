/**
 * The keyboard path through the page's mentions: scroll to the next or
 * previous one in document order (the mention store's), emphasise it and
 * open its card.
 */
import type { PageMention } from '../../lib/content/page-mention';

export interface NavigatorDeps {
  /** The page's mentions, in document order. */
  mentions(): PageMention[];
  emphasise(range: Range): void;
  /** Open the card for `mention` at viewport point (x, y) and move focus into it. */
  open(mention: PageMention, x: number, y: number): void;
}

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** Go to mentions in document order, wrapping around at either end. */
export function createMentionNavigator(deps: NavigatorDeps) {
  let current: Range | null = null;
  const pick = (list: PageMention[], direction: 'next' | 'previous'): PageMention | undefined => {
    if (list.length === 0) return undefined;
    const cmp = ({ range: r }: PageMention): number =>
      current
        ? r.compareBoundaryPoints(Range.START_TO_START, current)
        : r.getBoundingClientRect().top;
    if (direction === 'next') return list.find((m) => cmp(m) > 0) ?? list[0];
    return [...list].reverse().find((m) => cmp(m) < 0) ?? list[list.length - 1];
  };
  return {
    /** Go to the next / previous mention (of `entityId` when given); resolves whether there was one. */
    async go(direction: 'next' | 'previous', entityId?: string): Promise<boolean> {
      const list = deps.mentions().filter((m) => !entityId || m.found.entityId === entityId);
      const mention = pick(list, direction);
      if (!mention) return false;
      const { range } = mention;
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
