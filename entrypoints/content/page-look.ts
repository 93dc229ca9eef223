/**
 * The highlight style on the page: the band style adds one adopted sheet after
 * the highlighter's, which its rules override (same selectors, later sheet).
 */
import { adoptSheet } from '../../lib/content/adopted-sheet';
import { HIGHLIGHT_NAMES } from '../../lib/content/highlighter';
import type { EntityKind } from '../../lib/shared/corpus/types';
import { KIND_COLOURS } from '../../lib/shared/kind-colours';
import type { HighlightStyle } from '../../lib/shared/settings/settings';

/** The band style's rules: each kind's colour, stronger, and no underline. */
function bandCss(): string {
  return Object.entries(KIND_COLOURS)
    .map(
      ([kind, rgb]) =>
        `::highlight(${HIGHLIGHT_NAMES[kind as EntityKind]}) { background-color: rgb(${rgb} / 0.22); text-decoration: none; }`,
    )
    .join('\n');
}

/** Apply the reader's highlight style to `doc` until `signal` aborts (the underline is the highlighter's own). */
export function applyHighlightStyle(
  style: HighlightStyle,
  signal: AbortSignal,
  doc: Document = document,
): void {
  if (style !== 'band') return;
  const unadopt = adoptSheet(doc, bandCss());
  if (unadopt) signal.addEventListener('abort', unadopt);
}
