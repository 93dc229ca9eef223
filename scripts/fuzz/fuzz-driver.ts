/**
 * What the fuzzer needs of a browser, so one loop (run-fuzz.ts) drives
 * Chromium (chromium-driver.ts) and Firefox (firefox-driver.ts) alike.
 */

/** One tab that loads fuzz pages, with the page probe (page-probe.ts) installed before each page's scripts. */
export interface FuzzTab {
  /** Load `url`; resolves once its DOM is parsed. */
  goto(url: string, timeoutMs: number): Promise<void>;
  /** Evaluate `expression` in the page's own world (the probe lives there). */
  evaluate(expression: string): Promise<unknown>;
  /** A real pointer move to viewport pixels. */
  moveMouse(x: number, y: number): Promise<void>;
  /** Errors from Backstory's code in this tab since the last `clearErrors` (never the page's own). */
  errors(): string[];
  clearErrors(): void;
  /** Whether the tab's renderer died (it then needs replacing). */
  crashed(): boolean;
  close(): Promise<void>;
}

/** A browser with Backstory loaded. */
export interface FuzzDriver {
  openTab(): Promise<FuzzTab>;
  /**
   * Whether Backstory's content script runs in the tab showing `url`: it answers the popup's
   * `pageEntities` call. (A page that names nobody shows no other sign of it: nothing is added to it.)
   */
  backstoryRuns(url: string): Promise<boolean>;
  /** Turn Backstory off (or back on) for 127.0.0.1, as the options page does. */
  setSiteOff(off: boolean): Promise<void>;
  /** Errors from Backstory's background (worker or page) so far. */
  backgroundErrors(): Promise<string[]>;
  /** Requests for anything but 127.0.0.1 and the extension itself, from any context: must stay empty. */
  outsideRequests(): string[];
  close(): Promise<void>;
}

/** The browsers the fuzzer runs in. */
export type FuzzBrowser = 'chromium' | 'firefox';

/** The settings change that turns Backstory off for the fuzz pages' site (run where `storage` is `browser.storage` or `chrome.storage`). */
export function siteOffScript(storage: string, off: boolean): string {
  return `(async () => {
    const stored = (await ${storage}.local.get('settings')).settings;
    const settings = stored && typeof stored === 'object' ? stored : {};
    await ${storage}.local.set({ settings: { ...settings, disabledSites: ${off ? "['127.0.0.1']" : '[]'} } });
  })()`;
}

/** For an extension context: whether the content script of the tab showing `url` answers (see {@link FuzzDriver}). */
export function runsScript(api: string, url: string): string {
  return `(async () => {
    const tab = (await ${api}.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
    if (!tab) return false;
    const call = { backstory: 1, to: 'content', call: 'pageEntities', request: {} };
    try {
      const reply = await ${api}.tabs.sendMessage(tab.id, call);
      return !!(reply && reply.ok);
    } catch {
      return false;
    }
  })()`;
}
