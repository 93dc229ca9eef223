/**
 * The toolbar icon of each tab: grey where the reader turned Backstory off
 * for the tab's site, the usual icon elsewhere. The badge is left alone (the
 * mention count comes from control-handlers.ts). Runs in the background.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Settings } from '../../shared/settings/settings';
import { loadSettings, watchSettings } from '../../shared/settings/settings-store';
import { isDisabledOn, siteOf } from '../../shared/settings/site';
import { iconSet, TOOLBAR_SIZES } from '../../shared/toolbar-icon-files';

type SetIconDetails = Browser.action.TabIconDetails;
type OnUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => void;
/** Firefox's `onUpdated` also takes a filter, which Chrome's types do not know. */
type FilteredEvent = { addListener(listener: OnUpdated, filter: { properties: string[] }): void };

/**
 * What to pass to `setIcon` for a tab. In Firefox an "on" tab is given back
 * the manifest's icons (no path), so its theme icons keep following light and
 * dark toolbars; Chrome needs the path (it has no theme icons to go back to).
 */
export function iconDetails(tabId: number, off: boolean, firefox: boolean): SetIconDetails {
  if (off) return { tabId, path: iconSet('off', TOOLBAR_SIZES) };
  return firefox ? { tabId } : { tabId, path: iconSet('on', TOOLBAR_SIZES) };
}

/** The sites that were turned off or back on between two settings. */
export function changedSites(before: Settings, after: Settings): Set<string> {
  const was = new Set(before.disabledSites);
  const is = new Set(after.disabledSites);
  return new Set([...was, ...is].filter((site) => was.has(site) !== is.has(site)));
}

export interface ToolbarIconOptions {
  /** Firefox: reset "on" tabs to the theme icons, and hear only the tab changes that matter. */
  firefox: boolean;
}

type Paint = (tabId: number, url: string | undefined) => void;

/** Paint a tab whenever it navigates: its site may have changed. */
function followNavigation(paint: Paint, firefox: boolean): void {
  // Firefox clears a tab's own icon when it navigates, so it is set again once the page is there too.
  const onUpdated: OnUpdated = (tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'complete') paint(tabId, tab.url);
  };
  const updates = browser.tabs.onUpdated as unknown as FilteredEvent;
  if (firefox) updates.addListener(onUpdated, { properties: ['url', 'status'] });
  else browser.tabs.onUpdated.addListener(onUpdated);
}

/**
 * Keep every tab's toolbar icon in step with the sites the reader turned off:
 * when a tab navigates, when a site is turned off or back on, and once when
 * the browser starts or Backstory is installed (a browser starts with the
 * default icon everywhere, so only the tabs on sites that are off need theirs).
 * Does nothing where the browser has no per-tab icon (Firefox for Android).
 */
export function registerToolbarIcon({ firefox }: ToolbarIconOptions): void {
  const action = browser.action ?? browser.browserAction;
  if (typeof action?.setIcon !== 'function') return;
  let settings = loadSettings();
  const paint: Paint = (tabId, url) => {
    void settings
      .then((s) =>
        action.setIcon(iconDetails(tabId, url !== undefined && isDisabledOn(s, url), firefox)),
      )
      .catch(() => undefined); // the tab closed meanwhile
  };
  const paintTabs = async (which: (url: string) => boolean): Promise<void> => {
    for (const tab of await browser.tabs.query({}))
      if (tab.id !== undefined && tab.url && which(tab.url)) paint(tab.id, tab.url);
  };
  followNavigation(paint, firefox);
  watchSettings((next) => {
    const before = settings;
    settings = Promise.resolve(next);
    void before.then((b) => {
      const sites = changedSites(b, next);
      if (sites.size > 0) return paintTabs((url) => sites.has(siteOf(url) ?? ''));
    });
  });
  const paintOffTabs = (): void => {
    void settings.then((s) => paintTabs((url) => isDisabledOn(s, url)));
  };
  browser.runtime.onStartup.addListener(paintOffTabs);
  browser.runtime.onInstalled.addListener(paintOffTabs);
}
