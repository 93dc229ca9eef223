/**
 * How the page looks, for the card's "auto" theme and the highlight style:
 * the page's background decides light or dark (a dark news site gets a dark
 * card even on a light system), and the band style adds one adopted sheet
 * after the highlighter's, which its rules override (same selectors, later sheet).
 */
import { isDarkColour } from '../../lib/settings/theme';
import { HIGHLIGHT_NAMES } from '../../lib/page/highlighter';
import type { HighlightStyle } from '../../lib/settings/settings';

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

const BAND: Record<string, string> = {
  [HIGHLIGHT_NAMES.leader]: '214 137 16',
  [HIGHLIGHT_NAMES.agreement]: '38 132 199',
  [HIGHLIGHT_NAMES.event]: '142 84 200',
  [HIGHLIGHT_NAMES.organisation]: '46 150 96',
};

/** Apply the reader's highlight style to `doc` until `signal` aborts (the underline is the highlighter's own). */
export function applyHighlightStyle(
  style: HighlightStyle,
  signal: AbortSignal,
  doc: Document = document,
): void {
  const view = doc.defaultView;
  if (style !== 'band' || !view || !('adoptedStyleSheets' in doc)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(
    Object.entries(BAND)
      .map(
        ([name, rgb]) =>
          `::highlight(${name}) { background-color: rgb(${rgb} / 0.22); text-decoration: none; }`,
      )
      .join('\n'),
  );
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  signal.addEventListener('abort', () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  });
}
