import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_VARIANTS, iconPath } from '../../../lib/shared/toolbar-icon-files';
import { contrastRatio } from '../../../lib/shared/settings/theme';
import { PALETTES, rgbOf } from '../../../scripts/icons/palettes';
import { ICON_SOURCE, renderIcon, writeIcons } from '../../../scripts/icons/render-icons';

const svg = readFileSync(ICON_SOURCE, 'utf8');

/** The colour of pixel (x, y) as `#rrggbb`, or null where it is not fully opaque. */
function pixelAt(image: ReturnType<typeof renderIcon>, x: number, y: number): string | null {
  const i = (y * image.width + x) * 4;
  const [r, g, b, a] = image.pixels.subarray(i, i + 4);
  if (a !== 255) return null;
  return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
}

describe('render-icons', () => {
  it('renders every look at every size the manifests ask for, to the exact pixel size', () => {
    for (const variant of ICON_VARIANTS)
      for (const size of ICON_SIZES) {
        const image = renderIcon(svg, variant, size);
        expect([image.width, image.height]).toEqual([size, size]);
        expect(image.png.subarray(1, 4).toString()).toBe('PNG');
      }
  });

  it('draws the 16 px toolbar icon on whole pixels: inside the rounded corners no pixel is blended', () => {
    for (const variant of ICON_VARIANTS) {
      const image = renderIcon(svg, variant, 16);
      const { tile, text, name } = PALETTES[variant];
      for (let y = 3; y < 13; y++)
        for (let x = 3; x < 13; x++) expect([tile, text, name]).toContain(pixelAt(image, x, y));
      // The highlighted name sits on the middle line of text, in its own colour.
      expect(pixelAt(image, 9, 7)).toBe(name);
      expect(pixelAt(image, 4, 7)).toBe(text);
    }
  });

  it('leaves the Chrome Web Store’s transparent margin around the 128 px icon: 96 px of artwork', () => {
    const image = renderIcon(svg, 'on', 128);
    const alpha = (x: number, y: number) => image.pixels[(y * 128 + x) * 4 + 3];
    expect([alpha(15, 64), alpha(64, 15), alpha(112, 64), alpha(64, 112)]).toEqual([0, 0, 0, 0]);
    expect([alpha(16, 64), alpha(64, 16), alpha(111, 64), alpha(64, 111)]).toEqual([
      255, 255, 255, 255,
    ]);
  });

  it('keeps each look readable on the toolbars it is shown on, and its text readable on its tile', () => {
    for (const variant of ICON_VARIANTS) {
      const p = PALETTES[variant];
      for (const toolbar of p.toolbars)
        expect(contrastRatio(rgbOf(p.tile), rgbOf(toolbar))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(rgbOf(p.text), rgbOf(p.tile))).toBeGreaterThanOrEqual(3);
      // The name is told apart by its hue as much as by its lightness.
      expect(contrastRatio(rgbOf(p.name), rgbOf(p.tile))).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes each file where the manifest and the background look for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-icons-'));
    try {
      const files = writeIcons(dir);
      expect(files).toHaveLength(ICON_VARIANTS.length * ICON_SIZES.length);
      expect(files.map((f) => f.relativeDest)).toContain(iconPath('off', 16));
      for (const f of files) expect(f.absoluteSrc).toBe(join(dir, f.relativeDest));
      expect(readFileSync(join(dir, iconPath('on', 128))).length).toBeGreaterThan(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
