/**
 * Runs Backstory on the page while it is on for this site, with the reader's
 * current settings. When the settings change anywhere (options, popup, a card
 * in another tab), the running session is taken off the page and, unless the
 * site is now off, started again with the new settings: highlights re-filtered
 * and restyled, card re-themed and re-worded, without reloading the page.
 * Settings change rarely; one rescan then is cheaper than keeping every part
 * of the page live-tunable.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../../lib/shared/settings/settings';
import { loadSettings, watchSettings } from '../../lib/shared/settings/settings-store';
import { isDisabledOn } from '../../lib/shared/settings/site';

/** Starts Backstory on the page; everything it puts there comes off when `signal` aborts. */
export type StartSession = (settings: Settings, signal: AbortSignal) => Promise<void> | void;

/** Run `start` now (unless the site is off) and again after each settings change; stops with `ctx`. */
export async function runWithSettings(
  ctx: ContentScriptContext,
  start: StartSession,
): Promise<void> {
  let session: AbortController | null = null;
  const stop = (): void => {
    session?.abort();
    session = null;
  };
  const run = (settings: Settings): void => {
    stop();
    if (ctx.isInvalid || isDisabledOn(settings, location.href)) return;
    const current = new AbortController();
    session = current;
    void Promise.resolve(start(settings, current.signal)).catch((err: unknown) =>
      console.warn('Backstory: could not start on this page', err),
    );
  };
  const life = new AbortController();
  ctx.onInvalidated(() => {
    life.abort();
    stop();
  });
  watchSettings(run, life.signal);
  run(await loadSettings());
}
