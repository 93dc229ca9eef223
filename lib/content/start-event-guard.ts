/**
 * WXT stops an older copy of a content script when a newer one starts: the
 * newer one dispatches a CustomEvent on `document` named after the extension
 * id, and the older one, hearing it, switches itself off. Page scripts share
 * that DOM: a page that knows Backstory's id (store ids are public) can send
 * the same event and turn Backstory off. A real newer copy only exists after
 * the extension was reloaded or updated, and then this copy's runtime is gone;
 * so while it is alive, the event is stopped before WXT's listener sees it.
 * (WXT's own window.postMessage of the notice is off: `noScriptStartedPostMessage`.)
 */
import { browser } from 'wxt/browser';

/**
 * The notice's event name, as WXT 0.21 makes it (`getUniqueEventName` in
 * wxt/dist/utils/internal/custom-events.mjs, not exported): extension id,
 * entrypoint name, `wxt:content-script-started`.
 */
export function startEventName(
  extensionId: string = browser.runtime.id,
  entrypoint: string = import.meta.env.ENTRYPOINT,
): string {
  return `${extensionId}:${entrypoint}:wxt:content-script-started`;
}

/**
 * Stop every `type` event at `win` (capture phase, before `document`'s
 * listeners) while `alive()` holds. Stops listening when `signal` aborts.
 */
export function guardStartEvents(
  win: Window,
  type: string,
  alive: () => boolean,
  signal: AbortSignal,
): void {
  win.addEventListener(
    type,
    (event) => {
      if (alive()) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
