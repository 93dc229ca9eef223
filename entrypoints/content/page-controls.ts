/**
 * The reader controls on a page, around the highlights and the card: the
 * keyboard path (next / previous mention), "Not on this site" and "Hide this
 * name" (stored, so every tab follows), and the mention count for the toolbar badge.
 */
import { callBackgroundResult } from '../../lib/shared/messages/content-script-client';
import type { CardUi } from '../../lib/content/card-types';
import type { Highlighter } from '../../lib/content/highlighter';
import type { MentionStore } from '../../lib/content/mention-store';
import { withMuted } from '../../lib/shared/settings/settings';
import { updateSettings } from '../../lib/shared/settings/settings-store';
import { siteOf, withSite } from '../../lib/shared/settings/site';
import { createMentionNavigator } from './mention-nav';

/**
 * Sends the page's mention count (the store's `onCount`) for the toolbar badge. A page that never
 * had a mention sends nothing; one that had sends 0 when the session ends.
 */
export function badgeCount(signal: AbortSignal): (count: number) => void {
  let reported = false;
  const report = (count: number): void => {
    reported ||= count > 0;
    if (reported) void callBackgroundResult('pageMentions', { count });
  };
  signal.addEventListener('abort', () => report(0));
  return (count) => !signal.aborted && report(count);
}

/** "Not on this site" and "Hide this name", stored: this tab and every other one follow through the settings watch. */
export const storedChoices = {
  notOnThisSite(): void {
    const site = siteOf(location.href);
    if (site) void updateSettings((s) => withSite(s, site, true));
  },
  hideName(entityId: string): void {
    void updateSettings((s) => withMuted(s, entityId, true));
  },
};

/** The next / previous mention, for the keyboard commands and the popup's "on this page". */
export function keyboardPath(store: MentionStore, highlighter: Highlighter, card: CardUi) {
  return createMentionNavigator({
    mentions: () => store.inDocumentOrder(),
    emphasise: (range) => highlighter.setActive([range]),
    open: (mention, x, y) => card.show(mention, x, y, { focus: true }),
  });
}
