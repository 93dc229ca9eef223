/**
 * How the card looks on this page: its words (the reader's language), its
 * theme (the setting, or on "auto" the page's own: a dark news site gets a
 * dark card even on a light system) and the page's publication day.
 */
import { publishedDate } from '../../lib/content/published-date';
import { translatorFor } from '../../lib/shared/i18n/language';
import type { Translator } from '../../lib/shared/i18n/translator';
import type { Settings } from '../../lib/shared/settings/settings';
import { isDarkColour, resolveTheme, type Theme } from '../../lib/shared/settings/theme';

export interface PageLook {
  t: Translator;
  /** The theme decided for this page, asked at each opening: a page may switch its own scheme. */
  theme: () => Theme;
  /** The page's publication day, when it says. */
  pageDate: string | null;
}

/** Whether the page paints itself dark: the body's or the root's background, else its colour scheme, else the system's. */
export function pageIsDark(doc: Document = document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const dark = isDarkColour(view.getComputedStyle(el).backgroundColor);
    if (dark !== null) return dark;
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  if (scheme === 'dark') return true;
  // An unpainted page is white unless it lets the browser paint it dark.
  return scheme.includes('dark') && view.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The card's words, theme and the page's date under `settings`. */
export function pageLook(settings: Settings): PageLook {
  return {
    t: translatorFor(settings.language, navigator.language),
    theme: () => resolveTheme(settings.theme, pageIsDark(document)),
    pageDate: publishedDate(document),
  };
}
