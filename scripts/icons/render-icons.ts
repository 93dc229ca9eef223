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
} from '../../lib/controls/toolbar-icon-files';
import { PALETTES } from './palettes';

export const ICON_SOURCE = resolve(import.meta.dirname, '../../assets/icon.svg');

/** The drawing with its style sheet replaced by the colours of `variant`. */
export function recolour(svg: string, variant: IconVariant): string {
  const p = PALETTES[variant];
  const style = `<style>.tile{fill:${p.tile}}.text{fill:${p.text}}.name{fill:${p.name}}</style>`;
  if (!/<style>[\s\S]*?<\/style>/.test(svg)) throw new Error('icon.svg has no <style> to recolour');
  return svg.replace(/<style>[\s\S]*?<\/style>/, style);
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
  const image = new Resvg(recolour(svg, variant), {
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
