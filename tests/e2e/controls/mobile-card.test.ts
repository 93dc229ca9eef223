import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInCard, waitInCard } from '../support/card-root';
import { launchChromium, ROOT, type ChromiumSession } from '../support/chromium';
import { centreOfText, hasPaintedHighlight } from '../support/page-probes';

const ARTIFACTS = join(ROOT, 'artifacts/controls');
/** A small phone, as Firefox for Android runs on: 360 × 740 CSS pixels, touch, a mobile viewport. */
const PHONE = { width: 360, height: 740 };
let session: ChromiumSession;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launchChromium({
    hasTouch: true,
    isMobile: true,
    viewport: PHONE,
    deviceScaleFactor: 2,
  });
});

afterAll(async () => {
  expect(session?.outsideRequests ?? []).toEqual([]);
  await session?.close();
});

async function setSettings(settings: Record<string, unknown>): Promise<void> {
  type G = { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } };
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

/** The card's box, and whether any of its content is wider than the card itself. */
function cardBox(root: ShadowRoot) {
  const card = root.querySelector<HTMLElement>('.bs-card')!;
  const r = card.getBoundingClientRect();
  const overflowing = [...card.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.getBoundingClientRect().right > r.right + 0.5 || el.scrollWidth > el.clientWidth + 1,
  );
  return {
    left: r.left,
    right: r.right,
    top: r.top,
    bottom: r.bottom,
    overflowing: overflowing.map((el) => el.className),
  };
}

describe('The card on a phone (360 px, touch)', () => {
  it.each([
    ['en', 'p-lead', 'Lương Cường'],
    ['vi', 'p-vi', 'LƯƠNG CƯỜNG'],
  ] as const)(
    'opens on a tap and fits the screen, nothing cut off (%s)',
    async (language, id, name) => {
      await setSettings({ language });
      const page = await openDemo();
      expect(await page.evaluate(() => innerWidth)).toBe(PHONE.width);
      await page.evaluate((el) => document.getElementById(el)!.scrollIntoView(), id);
      await page.waitForTimeout(300);
      const at = await page.evaluate(centreOfText, [id, name] as [string, string]);
      await page.touchscreen.tap(at!.x, at!.y);
      await waitInCard(page, (root) => root.querySelectorAll('.bs-row').length);
      const box = (await evaluateInCard(page, cardBox))!;
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(PHONE.height);
      expect(box.overflowing).toEqual([]);
      // And the page itself did not grow sideways to make room for it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
      await page.screenshot({ path: join(ARTIFACTS, `mobile-card-${language}.png`) });
      await page.close();
    },
  );
});
