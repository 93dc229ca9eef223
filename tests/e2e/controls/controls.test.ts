import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type ChromiumSession } from '../support/chromium';
import { evaluateInCard, readCardText, waitInCard } from '../support/card-root';
import { centreOfText, readHighlights, hasPaintedHighlight } from '../support/page-probes';

const ARTIFACTS = join(ROOT, 'artifacts/controls');
let session: ChromiumSession;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launchChromium();
});

afterAll(async () => {
  expect(session?.outsideRequests ?? []).toEqual([]);
  await session?.close();
});

type Stored = Record<string, unknown>;

/** The few extension APIs the tests call inside the service worker. */
interface G {
  chrome: {
    storage: {
      local: {
        set(v: unknown): Promise<void>;
        get(k: string): Promise<{ settings: Stored & { disabledSites: string[] } }>;
      };
    };
    tabs: {
      query(q: object): Promise<{ id: number; url?: string }[]>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
    };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
}

/** Write settings the way the options page does (storage.local), from the service worker. */
async function setSettings(settings: Stored): Promise<void> {
  await session.serviceWorker.evaluate(
    (s) => (globalThis as unknown as G).chrome.storage.local.set({ settings: s }),
    settings,
  );
}

async function openDemo(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.demo.url}/news.html`);
  await page.waitForFunction(hasPaintedHighlight);
  return page;
}

async function hover(page: Page, id: string, text: string): Promise<void> {
  const point = await page.evaluate(centreOfText, [id, text] as [string, string]);
  if (!point) throw new Error(`"${text}" not found in #${id}`);
  await page.mouse.move(point.x - 1, point.y);
  await page.mouse.move(point.x, point.y);
}

const highlightCount = (page: Page) => page.evaluate(readHighlightsCount);
function readHighlightsCount(): number {
  let n = 0;
  const reg = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
  for (const [name, h] of reg) if (name !== 'backstory-active') n += h.size;
  return n;
}

async function demoTabId(): Promise<number> {
  return session.serviceWorker.evaluate(async () => {
    const tabs = await (globalThis as unknown as G).chrome.tabs.query({});
    return tabs.find((t) => t.url?.includes('/news.html'))?.id ?? -1;
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

const looks: [string, Stored][] = [
  ['light-en', { theme: 'light', language: 'en' }],
  ['dark-en', { theme: 'dark', language: 'en' }],
  ['light-vi', { theme: 'light', language: 'vi' }],
  ['dark-vi', { theme: 'dark', language: 'vi' }],
];

describe('Reader controls in Chromium', () => {
  it('shows the card in light and dark, English and Vietnamese, split by the page’s date', async () => {
    const page = await openDemo();
    for (const [name, look] of looks) {
      await setSettings(look);
      await page.waitForTimeout(400);
      await hover(page, 'p-lead', 'Lương Cường');
      await waitInCard(
        page,
        (root, words) => (root.textContent ?? '').includes(words),
        look.language === 'vi' ? 'Trước bài này' : 'Before this article',
      );
      const theme = await evaluateInCard(
        page,
        (root) => root.querySelector<HTMLElement>('.bs-card-frame')?.dataset.bsTheme,
      );
      expect(theme).toBe(look.theme);
      await shot(page, `card-${name}`);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    }
    const text = await readCardText(page);
    expect(text).toBe('');
    await page.close();
  });

  it('applies kinds, hidden names and "not on this site" live, and restores the page', async () => {
    await setSettings({});
    const page = await openDemo();
    const before = await page.evaluate(readHighlights);
    expect(before.some((h) => h.name === 'backstory-leader')).toBe(true);
    await setSettings({ kinds: { leader: false } });
    await page.waitForFunction(
      () =>
        !(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(
          'backstory-leader',
        )?.size,
    );
    expect((await page.evaluate(readHighlights)).some((h) => h.name === 'backstory-leader')).toBe(
      false,
    );

    await setSettings({ mutedEntities: ['luong-cuong'] });
    await page.waitForFunction(
      () =>
        (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(
          'backstory-leader',
        )?.size,
    );
    const muted = await page.evaluate(readHighlights);
    expect(muted.some((h) => /L[ưƯ]ơng C/i.test(h.text))).toBe(false);
    expect(muted.some((h) => h.text === 'Donald Trump')).toBe(true);

    await setSettings({});
    await page.waitForTimeout(500);
    await hover(page, 'p-lead', 'Lương Cường');
    await page.waitForFunction(() => !!document.querySelector('[data-backstory-ui]'));
    const html = await page.evaluate(() => document.querySelectorAll('*').length);
    await waitInCard(page, (root) => {
      const button = [...root.querySelectorAll('button')].find(
        (b) => b.textContent === 'Not on this site',
      );
      button?.click();
      return !!button;
    });
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
    );
    expect(await page.evaluate(() => document.querySelectorAll('[data-backstory-ui]').length)).toBe(
      0,
    );
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(html);
    const stored = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as G).chrome.storage.local.get('settings'),
    );
    expect(stored.settings.disabledSites).toEqual(['127.0.0.1']);
    await setSettings({});
    await page.waitForFunction(hasPaintedHighlight);
    await page.close();
  });

  it('goes to the next mention from the keyboard command, focuses the card, and Escape gives focus back', async () => {
    await setSettings({});
    const page = await openDemo();
    const tabId = await demoTabId();
    await page.bringToFront();
    const found = await session.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as G).chrome.tabs.sendMessage(id, {
          backstory: 1,
          to: 'content',
          call: 'focusMention',
          request: { direction: 'next' },
        }),
      tabId,
    );
    expect(found).toMatchObject({ ok: true, value: { found: true } });
    await waitInCard(
      page,
      (root) => root.activeElement?.classList.contains('bs-row-button') ?? false,
    );
    const role = await evaluateInCard(page, (root) =>
      root.querySelector('[role=dialog]')?.getAttribute('aria-label'),
    );
    expect(role).toBeTruthy();
    const live = await evaluateInCard(
      page,
      (root) => root.querySelector('[aria-live]')?.textContent,
    );
    expect(live).toMatch(/related articles/);
    await shot(page, 'keyboard-next');
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-backstory-ui')),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-backstory-ui]'));
    await page.close();
  });

  it('puts the page’s mention count on the toolbar badge, and none when the badge is off', async () => {
    await setSettings({});
    const page = await openDemo();
    const tabId = await demoTabId();
    const badge = () =>
      session.serviceWorker.evaluate(
        (id) => (globalThis as unknown as G).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    await expect.poll(badge, { timeout: 5000 }).toMatch(/^\d+$/);
    expect(Number(await badge())).toBe(await highlightCount(page));
    await setSettings({ badge: false });
    await expect.poll(badge, { timeout: 5000 }).toBe('');
    await page.close();
  });

  it('shows the popup and the options page in light and dark, English and Vietnamese', async () => {
    await setSettings({});
    const page = await openDemo();
    const tabId = await demoTabId();
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 760, height: 900 });
    for (const [name, look] of looks) {
      await setSettings({
        ...look,
        mutedEntities: ['donald-trump'],
        disabledSites: ['example.com'],
      });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('.bs-entity');
      await popup.waitForFunction(
        () => !document.querySelector('.bs-popup-foot')?.textContent?.includes('…'),
      );
      expect(await popup.evaluate(() => document.documentElement.dataset.bsTheme)).toBe(look.theme);
      await shot(popup, `popup-${name}`);
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.waitForSelector('.bs-options');
      await options.waitForFunction(() => document.body.textContent?.includes('Trump'));
      await options.screenshot({ path: join(ARTIFACTS, `options-${name}.png`), fullPage: true });
    }
    await popup.close();
    await options.close();
    await page.close();
  });

  it('changes settings from the options page and restores a hidden name', async () => {
    await setSettings({ language: 'en', mutedEntities: ['donald-trump'] });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('button', { name: /Show Donald Trump again/ }).click();
    await options.getByLabel('Dark').check();
    await options.getByLabel('Tiếng Việt').check();
    await options.waitForFunction(() => document.documentElement.lang === 'vi');
    const stored = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as G).chrome.storage.local.get('settings'),
    );
    expect(stored.settings).toMatchObject({ mutedEntities: [], theme: 'dark', language: 'vi' });
    expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'Cài đặt Backstory',
    );
    await options.close();
  });

  it('opens the search with a selection (the context menu’s page) and filters by language', async () => {
    await setSettings({ language: 'en', theme: 'light' });
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(
      `chrome-extension://${session.extensionId}/popup.html?q=${encodeURIComponent('Luong Cuong')}`,
    );
    await popup.waitForSelector('.bs-result');
    expect(await popup.inputValue('input[type=search]')).toBe('Luong Cuong');
    const all = await popup.locator('.bs-result').count();
    await popup.locator('summary').click();
    await popup.getByLabel('Language').selectOption('vi');
    await popup.waitForFunction(
      (n) =>
        document.querySelectorAll('.bs-result').length < n ||
        !!document.querySelector('.bs-hint[role=status]'),
      all,
    );
    const langs = await popup.locator('.bs-result abbr').allTextContents();
    expect(langs.every((l) => l === 'VI')).toBe(true);
    await shot(popup, 'popup-search-filtered');
    await popup.close();
  });

  it('scrolls the page to a name chosen in the popup and emphasises it', async () => {
    await setSettings({ language: 'en' });
    const page = await openDemo();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const tabId = await demoTabId();
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.bs-entity').first().click();
    // Headless Chromium only runs a hidden tab's animation frames once it is in front (a real popup leaves it visible).
    await page.bringToFront();
    await page.waitForFunction(
      () =>
        ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(
          'backstory-active',
        )?.size ?? 0) > 0,
    );
    await popup.close();
    await page.close();
  });
});
