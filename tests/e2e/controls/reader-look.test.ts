import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesMentioning, readBuiltBundle } from '../support/bundle';
import { launchChromium, ROOT, type ChromiumSession } from '../support/chromium';

const ARTIFACTS = join(ROOT, 'artifacts/controls');
const bundle = readBuiltBundle();
let session: ChromiumSession;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await launchChromium();
});

afterAll(async () => {
  expect(session?.outsideRequests ?? []).toEqual([]);
  await session?.close();
});

async function setSettings(settings: Record<string, unknown>): Promise<void> {
  await session.serviceWorker.evaluate(
    (s) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: unknown): Promise<void> } } };
        }
      ).chrome.storage.local.set({ settings: s }),
    settings,
  );
}

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Background and text colours of an element, as computed. */
const colours = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const style = getComputedStyle(el);
    return { bg: getComputedStyle(document.body).backgroundColor, fg: style.color };
  });

const LOOKS = [
  { name: 'light-en', theme: 'light', language: 'en', heading: 'More about Lương Cường' },
  { name: 'dark-en', theme: 'dark', language: 'en', heading: 'More about Lương Cường' },
  { name: 'light-vi', theme: 'light', language: 'vi', heading: 'Thêm về Lương Cường' },
  { name: 'dark-vi', theme: 'dark', language: 'vi', heading: 'Thêm về Lương Cường' },
] as const;

describe('Reader page and options page looks (Chromium)', () => {
  it('shows the reader with an entity’s panel and timeline in light and dark, English and Vietnamese', async () => {
    const ids = articlesMentioning(bundle, 'luong-cuong');
    const article = bundle.articles.find((a) => a.id === ids[0])!;
    await setSettings({ theme: 'light', language: 'en' });
    const reader = await session.context.newPage();
    await reader.setViewportSize({ width: 1200, height: 900 });
    await reader.goto(
      `chrome-extension://${session.extensionId}/reader.html?id=${encodeURIComponent(article.id)}`,
    );
    await reader.waitForSelector('.bs-mark-button');
    // The entity page: choose the name in the article (a real click) to fill the side panel.
    const marks = reader.locator('.bs-mark-button', { hasText: /L[ưƯu][ơƠo]ng C/i });
    await marks.first().click();
    await reader.waitForSelector('.bs-timeline');
    for (const look of LOOKS) {
      await setSettings({ theme: look.theme, language: look.language });
      await reader.waitForFunction(
        ([lang, heading]) =>
          document.documentElement.lang === lang &&
          document.querySelector('.bs-side h2')?.textContent === heading,
        [look.language, look.heading] as const,
      );
      expect(await reader.evaluate(() => document.documentElement.dataset.bsTheme)).toBe(
        look.theme,
      );
      const { bg, fg } = await colours(reader, '.bs-article');
      if (look.theme === 'dark') expect(luminance(bg)).toBeLessThan(0.05);
      else expect(luminance(bg)).toBeGreaterThan(0.9);
      expect(contrast(bg, fg)).toBeGreaterThanOrEqual(4.5);
      const meta = await reader.textContent('.bs-article-meta time');
      // Dates follow the interface language: an English month name, or Vietnamese "thg"/"tháng".
      const english = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
      if (look.language === 'vi') {
        expect(meta).toMatch(/th(g|áng)/);
        expect(meta).not.toMatch(english);
      } else expect(meta).toMatch(english);
      expect(await reader.locator('.bs-timeline').count()).toBe(1);
      await reader.screenshot({ path: join(ARTIFACTS, `reader-${look.name}.png`), fullPage: true });
    }
    await reader.close();
  });

  it('lines the options page’s article section up with its other sections, in light and dark', async () => {
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    for (const theme of ['light', 'dark'] as const) {
      await setSettings({ theme, language: 'en' });
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.waitForSelector('.bs-ra h2');
      const lefts = await options.evaluate(() =>
        [...document.querySelectorAll('.bs-options h2, .bs-ra h2')].map((h) =>
          Math.round(h.getBoundingClientRect().left),
        ),
      );
      expect(new Set(lefts).size).toBe(1);
      const widths = await options.evaluate(() =>
        ['.bs-options h2', '.bs-ra h2'].map((s) =>
          Math.round(document.querySelector(s)!.getBoundingClientRect().width),
        ),
      );
      expect(widths[1]).toBe(widths[0]);
      // And spaced like them: from the end of the section before to the heading.
      const gaps = await options.evaluate(() => {
        const sections = [...document.querySelectorAll('.bs-options section, .bs-ra')];
        return sections.slice(1).map((section, i) => {
          const before = sections[i]!.lastElementChild!.getBoundingClientRect().bottom;
          return Math.round(section.querySelector('h2')!.getBoundingClientRect().top - before);
        });
      });
      expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(6);
      expect(await options.evaluate(() => document.documentElement.dataset.bsTheme)).toBe(theme);
      await options.screenshot({
        path: join(ARTIFACTS, `options-aligned-${theme}.png`),
        fullPage: true,
      });
    }
    await options.close();
  });
});
