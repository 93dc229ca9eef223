/**
 * The colours of each look of the icon (assets/icon.svg). Chrome has no
 * theme icons, so `on` must read on light and dark toolbars alike: its tile
 * is a mid-tone blue with at least 3:1 against both (WCAG's contrast for
 * graphics); Firefox swaps in `on-dark-toolbar` on dark themes. `off` is a
 * grey that reads on both and shows no highlighted name.
 */
import type { IconVariant } from '../../lib/shared/toolbar-icon-files';

export interface IconPalette {
  /** The rounded square. */
  tile: string;
  /** The lines of text. */
  text: string;
  /** The one highlighted name among them. */
  name: string;
  /** The toolbars this look is shown on, by their background colour. */
  toolbars: readonly string[];
}

/** Toolbar backgrounds of the default themes: Chrome light / dark, Firefox light / dark. */
export const TOOLBARS = {
  chromeLight: '#ffffff',
  chromeDark: '#3c3c3c',
  firefoxLight: '#f9f9fb',
  firefoxDark: '#2b2a33',
} as const;

const ALL = Object.values(TOOLBARS);

export const PALETTES: Record<IconVariant, IconPalette> = {
  on: { tile: '#4f8dcc', text: '#ffffff', name: '#ffd166', toolbars: ALL },
  'on-dark-toolbar': {
    tile: '#cfe0f3',
    text: '#1d3a5c',
    name: '#b86b00',
    toolbars: [TOOLBARS.firefoxDark],
  },
  off: { tile: '#8a8a8a', text: '#ffffff', name: '#e6e6e6', toolbars: ALL },
};

/** `#rrggbb` as `[r, g, b]`. */
export function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
