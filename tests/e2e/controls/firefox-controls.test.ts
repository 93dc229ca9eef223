import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitInCard } from '../support/card-root';
import {
  launchFirefox,
  openExtensionPage,
  pollPage,
  type FirefoxSession,
} from '../support/firefox';
import { centreOfText, hasPaintedHighlight } from '../support/page-probes';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});

afterAll(async () => {
  expect(session?.outsideRequests ?? []).toEqual([]);
  await session?.close();
});

type Stored = Record<string, unknown>;
/** The extension APIs an extension page calls (Firefox's own `browser`). */
interface Ext {
  browser: {
    storage: { local: { set(v: unknown): Promise<void>; get(k: string): Promise<Stored> } };
    tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
  };
}

/** Write settings as the options page does, from an extension page. */
async function setSettings(from: Page, settings: Stored): Promise<void> {
  await from.evaluate(
    (s) => (globalThis as unknown as Ext).browser.storage.local.set({ settings: s }),
    settings,
  );
}

async function storedSettings(from: Page): Promise<Stored> {
  const got = await from.evaluate(() =>
    (globalThis as unknown as Ext).browser.storage.local.get('settings'),
  );
  return got.settings as Stored;
}

async function openDemo(): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${session.demo.url}/news.html`);
  await pollPage(page, hasPaintedHighlight);
  return page;
}

/** Polled in the page (self-contained): whether leaders are highlighted, and whether anything is. */
function leadersShown(): boolean {
  const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
  return (registry.get('backstory-leader')?.size ?? 0) > 0;
}
/** No leader is painted and another kind is: the page was painted again without them (not merely cleared). */
function otherKindsOnly(): boolean {
  const registry = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
  const others = [...registry].filter(
    ([n]) => n !== 'backstory-leader' && n !== 'backstory-active',
  );
  return !registry.get('backstory-leader')?.size && others.some(([, h]) => h.size > 0);
}
function anyHighlight(): boolean {
  return [
    ...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values(),
  ].some((h) => h.size > 0);
}
function noHighlight(): boolean {
  return (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0;
}

/** Where the first element matching `selector` whose text is `text` is (scrolled into view), or null. */
function findText([sel, t]: [string, string]): { x: number; y: number } | null {
  const el = [...document.querySelectorAll(sel)].find((e) => e.textContent?.trim() === t);
  el?.scrollIntoView({ block: 'center' });
  const r = el?.getBoundingClientRect();
  return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

/**
 * A real mouse click in the middle of the first element matching `selector` whose text is `text`.
 * Polled by hand: Firefox's BiDi sometimes fails one evaluation on a just-opened extension page.
 */
async function clickText(page: Page, selector: string, text: string): Promise<void> {
  const end = Date.now() + 15_000;
  for (;;) {
    const at = await page
      .evaluate(findText, [selector, text] as [string, string])
      .catch(() => null);
    if (at) return page.mouse.click(at.x, at.y);
    if (Date.now() > end) throw new Error(`no ${selector} reading "${text}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The checkbox or radio of the options label reading `text`. */
function inputOf(page: Page, text: string): Promise<boolean | null> {
  return page.evaluate(
    (t) =>
      [...document.querySelectorAll('label.bs-check')]
        .find((l) => l.textContent?.trim() === t)
        ?.querySelector('input')?.checked ?? null,
    text,
  );
}

/** Reload an extension page (`reload()` would wait for its load event until it times out, as `goto` does). */
async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { beforeReload: boolean }).beforeReload = true;
    location.reload();
  });
  await pollPage(
    page,
    () =>
      !(window as unknown as { beforeReload?: boolean }).beforeReload &&
      document.querySelector('.bs-options label') !== null,
  );
}

async function demoTabId(from: Page): Promise<number> {
  return from.evaluate(async () => {
    const tabs = await (globalThis as unknown as Ext).browser.tabs.query({});
    return tabs.find((t) => t.url?.includes('/news.html'))?.id ?? -1;
  });
}

describe('Reader controls in Firefox', () => {
  it('options page changes persist across a reload and apply live to an open tab', async () => {
    const options = await openExtensionPage(session.browser, 'options.html');
    await setSettings(options, { language: 'en' });
    const demo = await openDemo();
    expect(await demo.evaluate(leadersShown)).toBe(true);
    await options.bringToFront();
    await clickText(options, 'label.bs-check', 'Leaders');
    await pollPage(demo, otherKindsOnly);
    await clickText(options, 'label.bs-check', 'Soft colour band');

    await reloadExtensionPage(options);
    expect(await inputOf(options, 'Leaders')).toBe(false);
    expect(await inputOf(options, 'Agreements')).toBe(true);
    expect(await inputOf(options, 'Soft colour band')).toBe(true);
    expect(await storedSettings(options)).toMatchObject({
      kinds: { leader: false },
      highlightStyle: 'band',
    });

    // The whole site off from the options page's list, then on again.
    await options.type('.bs-site-form input', '127.0.0.1');
    await clickText(options, '.bs-site-form button', 'Turn off');
    await pollPage(demo, noHighlight);
    await clickText(options, 'label.bs-check', 'Leaders');
    const remove = await pollPage(options, () =>
      document.querySelector('[aria-label="Turn back on for 127.0.0.1"]') ? true : null,
    );
    expect(remove).toBe(true);
    await options.click('[aria-label="Turn back on for 127.0.0.1"]');
    await pollPage(demo, leadersShown);
    await demo.close();
    await options.close();
  });

  it('"Not on this site" in the popup turns the page off at once, and "Turn back on here" on again', async () => {
    const options = await openExtensionPage(session.browser, 'options.html');
    await setSettings(options, { language: 'en' });
    const demo = await openDemo();
    const tabId = await demoTabId(options);
    expect(tabId).toBeGreaterThan(0);
    const popup = await openExtensionPage(session.browser, `popup.html?tab=${tabId}`);
    await clickText(popup, 'button', 'Not on this site');
    await pollPage(demo, noHighlight);
    expect(await storedSettings(options)).toMatchObject({ disabledSites: ['127.0.0.1'] });
    await pollPage(popup, () =>
      document.body.textContent?.includes('Backstory is off on 127.0.0.1.'),
    );
    await clickText(popup, 'button', 'Turn back on here');
    await pollPage(demo, anyHighlight);
    expect(await storedSettings(options)).toMatchObject({ disabledSites: [] });
    await popup.close();
    await demo.close();
    await options.close();
  });

  it('switching the interface to Tiếng Việt puts the options, the popup and the card in Vietnamese', async () => {
    const options = await openExtensionPage(session.browser, 'options.html');
    await setSettings(options, { language: 'en' });
    await pollPage(
      options,
      () => document.querySelector('h1')?.textContent === 'Backstory settings',
    );
    await clickText(options, 'label.bs-check', 'Tiếng Việt');
    await pollPage(options, () => document.documentElement.lang === 'vi');
    expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'Cài đặt Backstory',
    );
    expect(await inputOf(options, 'Lãnh đạo')).toBe(true);

    const popup = await openExtensionPage(session.browser, 'popup.html');
    const placeholder = await pollPage(
      popup,
      () => document.querySelector<HTMLInputElement>('.bs-search-input')?.placeholder,
    );
    expect(placeholder).toBe('Tìm tên, hiệp định, từ khoá…');
    await popup.close();

    const demo = await openDemo();
    const point = await demo.evaluate(centreOfText, ['p-lead', 'Lương Cường'] as [string, string]);
    await demo.mouse.move(point!.x - 1, point!.y);
    await demo.mouse.move(point!.x, point!.y);
    const card = await waitInCard(demo, (root) => {
      const text = root.textContent ?? '';
      return text.includes('Trước bài này') ? text : null;
    });
    expect(card).not.toContain('Before this article');
    await setSettings(options, { language: 'en' });
    await demo.close();
    await options.close();
  });
});
