import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  changedSites,
  iconDetails,
  registerToolbarIcon,
} from '../../../../../lib/background/controls/toolbar-icon';
import { iconSet, TOOLBAR_SIZES } from '../../../../../lib/shared/toolbar-icon-files';
import { normaliseSettings } from '../../../../../lib/shared/settings/settings';
import { saveSettings } from '../../../../../lib/shared/settings/settings-store';

const OFF = iconSet('off', TOOLBAR_SIZES);
const ON = iconSet('on', TOOLBAR_SIZES);

let setIcon: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  setIcon = vi.fn(async () => undefined);
  fakeBrowser.action.setIcon = setIcon as unknown as typeof fakeBrowser.action.setIcon;
});

afterEach(() => vi.restoreAllMocks());

/** The icon path last set for `tabId`, or undefined when the manifest's icons were given back. */
function lastPathOf(tabId: number): unknown {
  const calls = setIcon.mock.calls.filter(([d]) => (d as { tabId: number }).tabId === tabId);
  return (calls.at(-1)?.[0] as { path?: unknown } | undefined)?.path;
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
  await fakeBrowser.tabs.update(tab.id!, { url });
  return tab.id!;
}

describe('toolbar icon', () => {
  it('greys the icon of a tab that goes to a site that is off, and gives it back on another site', async () => {
    await saveSettings(normaliseSettings({ disabledSites: ['example.com'] }));
    registerToolbarIcon({ firefox: false });
    const tabId = await openTab('https://www.example.com/story');
    await vi.waitFor(() => expect(lastPathOf(tabId)).toEqual(OFF));
    await fakeBrowser.tabs.update(tabId, { url: 'https://vietnamnews.vn/politics' });
    await vi.waitFor(() => expect(lastPathOf(tabId)).toEqual(ON));
  });

  it('repaints the open tabs of a site turned off or back on, and leaves the other tabs alone', async () => {
    registerToolbarIcon({ firefox: false });
    const news = await openTab('https://vietnamnews.vn/a');
    const other = await openTab('https://example.com/b');
    await vi.waitFor(() => expect(lastPathOf(other)).toEqual(ON));
    setIcon.mockClear();
    await saveSettings(normaliseSettings({ disabledSites: ['vietnamnews.vn'] }));
    await vi.waitFor(() => expect(lastPathOf(news)).toEqual(OFF));
    await saveSettings(normaliseSettings({ disabledSites: [], theme: 'dark' }));
    await vi.waitFor(() => expect(lastPathOf(news)).toEqual(ON));
    expect(setIcon.mock.calls.some(([d]) => (d as { tabId: number }).tabId === other)).toBe(false);
  });

  it('paints only the tabs on sites that are off when the browser starts', async () => {
    const off = await openTab('https://example.com/x');
    const on = await openTab('https://vietnamnews.vn/y');
    await saveSettings(normaliseSettings({ disabledSites: ['example.com'] }));
    registerToolbarIcon({ firefox: false });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(lastPathOf(off)).toEqual(OFF));
    expect(setIcon.mock.calls.some(([d]) => (d as { tabId: number }).tabId === on)).toBe(false);
  });

  it('listens to nothing in a browser without per-tab icons (Firefox for Android)', () => {
    const withoutIcons = fakeBrowser.action as unknown as { setIcon?: unknown };
    withoutIcons.setIcon = undefined;
    registerToolbarIcon({ firefox: true });
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
  });
});

describe('iconDetails', () => {
  it('gives an "on" tab the manifest’s theme icons back in Firefox and the default path in Chrome', () => {
    expect(iconDetails(3, false, true)).toEqual({ tabId: 3 });
    expect(iconDetails(3, false, false)).toEqual({ tabId: 3, path: ON });
    expect(iconDetails(3, true, true)).toEqual({ tabId: 3, path: OFF });
  });
});

describe('changedSites', () => {
  it('names only the sites turned off or back on', () => {
    const before = normaliseSettings({ disabledSites: ['a.vn', 'b.vn'] });
    const after = normaliseSettings({ disabledSites: ['b.vn', 'c.vn'], hoverDelayMs: 900 });
    expect([...changedSites(before, after)].sort()).toEqual(['a.vn', 'c.vn']);
    expect(changedSites(after, { ...after, theme: 'dark' }).size).toBe(0);
  });
});
