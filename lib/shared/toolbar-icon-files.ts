/**
 * Where the rendered icons live in the built extension, shared by the
 * manifest (wxt.config.ts), the build step that renders them
 * (scripts/icons/) and the background that switches the toolbar icon per tab.
 */

/** Every size the two manifests and stores ask for: toolbar (16, 32), extensions pages (48, 96), stores (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** The sizes a toolbar button uses (1× and 2× screens). */
export const TOOLBAR_SIZES = [16, 32] as const;

export type IconSize = (typeof ICON_SIZES)[number];

/**
 * The icon's looks: `on` for light toolbars (and Chrome, which has no
 * theme icons), `on-dark-toolbar` for Firefox's dark themes, and `off` (grey,
 * readable on both) for a tab whose site the reader turned Backstory off on.
 */
export const ICON_VARIANTS = ['on', 'on-dark-toolbar', 'off'] as const;
export type IconVariant = (typeof ICON_VARIANTS)[number];

/** The path of one rendered icon inside the extension, e.g. `icons/backstory-on-16.png`. */
export function iconPath(variant: IconVariant, size: IconSize): string {
  return `icons/backstory-${variant}-${size}.png`;
}

/** A `{ size: path }` map, as `icons`, `default_icon` and `setIcon({ path })` take it. */
export function iconSet(
  variant: IconVariant,
  sizes: readonly IconSize[] = ICON_SIZES,
): Record<string, string> {
  return Object.fromEntries(sizes.map((size) => [String(size), iconPath(variant, size)]));
}

/** Firefox's `theme_icons`: `light` is the icon drawn for dark themes, `dark` the one for light themes. */
export function firefoxThemeIcons(): { light: string; dark: string; size: number }[] {
  return TOOLBAR_SIZES.map((size) => ({
    light: iconPath('on-dark-toolbar', size),
    dark: iconPath('on', size),
    size,
  }));
}
