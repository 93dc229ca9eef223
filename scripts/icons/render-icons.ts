/**
 * Renders the one icon drawing (assets/icon.svg) to PNG in every look and
 * size the extension uses, with resvg (no fonts, no browser: the same bytes
 * on every machine). Called by the WXT build (wxt.config.ts), which copies
 * the files into each browser's output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import {
  ICON_SIZES,
  ICON_VARIANTS,
  iconPath,
  type IconSize,
  type IconVariant,
} from '../../lib/shared/toolbar-icon-files';
import { PALETTES } from './palettes';

export const ICON_SOURCE = resolve(import.meta.dirname, '../../assets/icon.svg');

/** The drawing with its style sheet replaced by the colours of `variant`. */
export function recolour(svg: string, variant: IconVariant): string {
  const p = PALETTES[variant];
  const style = `<style>.tile{fill:${p.tile}}.text{fill:${p.text}}.name{fill:${p.name}}</style>`;
  if (!/<style>[\s\S]*?<\/style>/.test(svg)) throw new Error('icon.svg has no <style> to recolour');
  return svg.replace(/<style>[\s\S]*?<\/style>/, style);
}

/** From this size up the icon is shown as a picture (extensions page, stores), not as a toolbar button. */
const FIRST_PADDED_SIZE = 48;

/**
 * The drawing with a transparent margin of 1/8 of its size on each side, as
 * the Chrome Web Store asks of the 128 px icon (96 px of artwork); toolbar
 * sizes stay edge to edge, where every pixel counts.
 */
export function withMargin(svg: string): string {
  const match = /viewBox="([\d.\s-]+)"/.exec(svg);
  const [x, y, w, h] = (match?.[1] ?? '').trim().split(/\s+/).map(Number);
  if (match === null || [x, y, w, h].some((n) => n === undefined || Number.isNaN(n)))
    throw new Error('icon.svg needs a numeric viewBox');
  // A margin m around w units is 1/8 of the whole when m = w / 6.
  const mx = w! / 6;
  const my = h! / 6;
  const box = [x! - mx, y! - my, w! + 2 * mx, h! + 2 * my].map((n) => +n.toFixed(4)).join(' ');
  return svg.replace(match[0], `viewBox="${box}"`);
}

export interface RenderedIcon {
  png: Buffer;
  /** RGBA, row by row. */
  pixels: Buffer;
  width: number;
  height: number;
}

/** One look of the drawing at `size` × `size` pixels. */
export function renderIcon(svg: string, variant: IconVariant, size: IconSize): RenderedIcon {
  const drawing = recolour(svg, variant);
  const image = new Resvg(size >= FIRST_PADDED_SIZE ? withMargin(drawing) : drawing, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  }).render();
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height };
}

/** A rendered file: where it goes inside the extension and where it was written. */
export interface IconFile {
  relativeDest: string;
  absoluteSrc: string;
}

/** Render every look and size into `dir` (a build folder), returning the files written. */
export function writeIcons(dir: string, source = ICON_SOURCE): IconFile[] {
  const svg = readFileSync(source, 'utf8');
  return ICON_VARIANTS.flatMap((variant) =>
    ICON_SIZES.map((size) => {
      const relativeDest = iconPath(variant, size);
      const absoluteSrc = join(dir, relativeDest);
      mkdirSync(dirname(absoluteSrc), { recursive: true });
      writeFileSync(absoluteSrc, renderIcon(svg, variant, size).png);
      return { relativeDest, absoluteSrc };
    }),
  );
}
