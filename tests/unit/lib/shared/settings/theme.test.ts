import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  isDarkColour,
  resolveTheme,
} from '../../../../../lib/shared/settings/theme';

describe('theme', () => {
  it('follows the choice, and on auto the scheme it is given', () => {
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
  });

  it('reads dark and light computed colours, and nothing from a transparent one', () => {
    expect(isDarkColour('rgb(18, 18, 18)')).toBe(true);
    expect(isDarkColour('rgb(250, 250, 250)')).toBe(false);
    expect(isDarkColour('rgba(0, 0, 0, 0)')).toBeNull();
    expect(isDarkColour('transparent')).toBeNull();
  });

  it('computes WCAG contrast: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([120, 10, 200], [120, 10, 200])).toBe(1);
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeGreaterThan(4.5);
  });
});
