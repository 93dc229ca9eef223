/**
 * Which theme to paint: the reader's choice, or on "auto" the page's own
 * scheme (for the card, which sits on the page) or the system's (for the
 * extension's pages).
 */
import type { ThemeSetting } from './settings';

export type Theme = 'light' | 'dark';

/** `setting`, with "auto" decided by `autoIsDark`. */
export function resolveTheme(setting: ThemeSetting, autoIsDark: boolean): Theme {
  if (setting === 'auto') return autoIsDark ? 'dark' : 'light';
  return setting;
}

/**
 * Whether a computed CSS colour (`rgb(r, g, b)` / `rgba(r, g, b, a)` or the
 * space-separated form) is dark; null when it is transparent or unreadable,
 * so the caller looks further up the page.
 */
export function isDarkColour(css: string): boolean | null {
  const nums = css.match(/[\d.]+%?/g);
  if (!nums || nums.length < 3 || !/^rgba?\(/.test(css.trim())) return null;
  const [r, g, b] = nums.slice(0, 3).map(Number) as [number, number, number];
  const alphaText = nums[3];
  const alpha =
    alphaText === undefined ? 1 : parseFloat(alphaText) / (alphaText.endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  return relativeLuminance(r, g, b) < 0.2;
}

/** WCAG 2 relative luminance of an sRGB colour (0–255 channels). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two sRGB colours, from 1 to 21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const la = relativeLuminance(a[0] ?? 0, a[1] ?? 0, a[2] ?? 0);
  const lb = relativeLuminance(b[0] ?? 0, b[1] ?? 0, b[2] ?? 0);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
