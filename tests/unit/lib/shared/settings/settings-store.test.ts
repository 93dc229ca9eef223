import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadSettings,
  SETTINGS_KEY,
  updateSettings,
  watchSettings,
} from '../../../../../lib/shared/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../../../lib/shared/settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings store', () => {
  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists a change in storage.local where a later load finds it', async () => {
    await updateSettings((s) => ({ ...s, theme: 'dark', badge: false }));
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toMatchObject({ theme: 'dark', badge: false });
    expect((await loadSettings()).theme).toBe('dark');
  });

  it('tells watchers the new settings, normalised, until their signal aborts', async () => {
    const seen = vi.fn();
    const stop = new AbortController();
    watchSettings(seen, stop.signal);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { theme: 'light', hoverDelayMs: 1 } });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]?.[0]).toMatchObject({ theme: 'light', hoverDelayMs: 100 });
    stop.abort();
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
