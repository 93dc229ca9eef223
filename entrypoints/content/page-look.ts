/**
 * The highlight style on the page: the band style adds one adopted sheet after
 * the highlighter's, which its rules override (same selectors, later sheet).
 */
import { HIGHLIGHT_NAMES } from '../../lib/content/highlighter';
import type { HighlightStyle } from '../../lib/shared/settings/settings';

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
