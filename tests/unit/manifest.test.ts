import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPath, iconSet } from '../../lib/shared/toolbar-icon-files';
import { manifestFor } from './fixtures/manifest';

describe('manifest', () => {
  it('names an icon of every size for both browsers, and the toolbar button’s own', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(browser);
      expect(m.icons).toEqual(iconSet('on'));
      const action = (browser === 'firefox' ? m.browser_action : m.action) as {
        default_icon: Record<string, string>;
      };
      expect(action.default_icon).toEqual({ 16: iconPath('on', 16), 32: iconPath('on', 32) });
    }
    expect(Object.keys(iconSet('on')).map(Number)).toEqual([...ICON_SIZES]);
  });

  it('gives Firefox light and dark toolbar icons, and Chrome none (it has no theme icons)', () => {
    const firefox = manifestFor('firefox').browser_action as { theme_icons: { light: string }[] };
    expect(firefox.theme_icons.map((t) => t.light)).toEqual([
      iconPath('on-dark-toolbar', 16),
      iconPath('on-dark-toolbar', 32),
    ]);
    expect(manifestFor('chrome').action).not.toHaveProperty('theme_icons');
  });

  it('declares Firefox for Android, from the first version that knows the data consent key', () => {
    const android = manifestFor('firefox').browser_specific_settings?.gecko_android;
    expect(android?.strict_min_version).toBe('142.0');
    expect(manifestFor('chrome')).not.toHaveProperty('browser_specific_settings');
  });

  it('takes its description from _locales, so each store language shows its own', () => {
    expect(manifestFor('chrome').description).toBe('__MSG_extDescription__');
    expect(manifestFor('firefox').description).toBe('__MSG_extDescription__');
  });
});
