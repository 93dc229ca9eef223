/**
 * The reader controls on a page, around the scanner and the card: which names
 * are shown (kinds, hidden names), the card's theme, words and dates, the
 * keyboard path (next / previous mention), taps, "Not on this site" and
 * "Hide this name" (stored, so every tab follows), and the mention count for
 * the toolbar badge.
 */
import { publishedDate } from '../../lib/controls/published-date';
import { translatorFor } from '../../lib/i18n/language';
import type { Translator } from '../../lib/i18n/translator';
import { callBackgroundResult } from '../../lib/messages/client';
import type { MatcherData, MatcherEntity } from '../../lib/match/types';
import type { Highlighter } from '../../lib/page/highlighter';
import type { MentionIndex } from '../../lib/page/hit-test';
import type { PageMention } from '../../lib/page/page-mention';
import { isShown, withMuted, type Settings } from '../../lib/settings/settings';
import { updateSettings } from '../../lib/settings/settings-store';
import { siteOf, withSite } from '../../lib/settings/site';
import { resolveTheme, type Theme } from '../../lib/settings/theme';
import type { CardUi } from './card-ui';
import { createMentionNavigator, trackRanges, type TrackedHighlighter } from './mention-nav';
import { pageIsDark } from './page-look';

/** What the page shows under `settings`: the entities left after kinds and hidden names (the scanner drops the rest). */
export function shownEntities(data: MatcherData, settings: Settings): Map<string, MatcherEntity> {
  return new Map(
    data.entities.filter((e) => isShown(settings, e.kind, e.id)).map((e) => [e.id, e]),
  );
}

export interface PageLook {
  t: Translator;
  theme: () => Theme;
  pageDate: string | null;
}

/** The card's words, theme and the page's date under `settings`. */
export function pageLook(settings: Settings): PageLook {
  return {
    t: translatorFor(settings.language, navigator.language),
    // Asked at each opening: a page may switch its own scheme.
    theme: () => resolveTheme(settings.theme, pageIsDark(document)),
    pageDate: publishedDate(document),
  };
}

/** The highlighter, counting its ranges for the toolbar badge (0 again when the session ends). */
export function countingHighlighter(inner: Highlighter, signal: AbortSignal): TrackedHighlighter {
  const report = (count: number): void => void callBackgroundResult('pageMentions', { count });
  signal.addEventListener('abort', () => report(0));
  return trackRanges(inner, (count) => !signal.aborted && report(count));
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
export function keyboardPath(highlighter: TrackedHighlighter, index: MentionIndex, card: CardUi) {
  const mentionOf = (range: Range): PageMention | null =>
    index.at(range.startContainer, range.startOffset).find((m) => m.range === range) ?? null;
  return createMentionNavigator({
    ranges: () => highlighter.ranges(),
    mentionOf,
    emphasise: (range) => highlighter.setActive([range]),
    open: (mention, x, y) => card.show(mention, x, y, { focus: true }),
  });
}
