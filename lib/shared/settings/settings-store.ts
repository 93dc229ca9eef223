/**
 * Settings in `browser.storage.local` under one key. Local, not sync: sync
 * would copy the reader's list of sites to the browser vendor's servers, and
 * Backstory sends nothing anywhere. Every reader of settings goes through
 * `normaliseSettings`, so a damaged or older value still gives valid settings.
 */
import { browser } from 'wxt/browser';
import { normaliseSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';

/** The stored settings, with defaults for whatever is missing. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

/** Store `settings` (normalised first). Every open tab hears of it through {@link watchSettings}. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Read, change and store the settings in one step; resolves with what was stored. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/**
 * Call `onChange` with the new settings whenever they change in storage
 * (from any page or tab). Stops when `signal` aborts or the returned function is called.
 */
export function watchSettings(
  onChange: (settings: Settings) => void,
  signal?: AbortSignal,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(normaliseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  const stop = (): void => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
