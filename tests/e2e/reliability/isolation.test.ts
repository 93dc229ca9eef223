import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltBundle } from '../support/bundle';
import { CHROME_BUILD, launchChromium, ROOT, type ChromiumSession } from '../support/chromium';
import { evaluateInCard, pageSeesCardHost } from '../support/card-root';
import { centreOfText, hasPaintedHighlight } from '../support/page-probes';
import { callFrom, eventually, extensionPage } from './support';

let session: ChromiumSession;
const articleId = readBuiltBundle().articles[0]!.id;

beforeAll(async () => {
  session = await launchChromium();
  // Count every tab the background opens (openArticle is the call a page would most like to forge).
  await session.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as {
      opened: number;
      chrome: { tabs: { create: (...a: unknown[]) => unknown } };
    };
    g.opened = 0;
    const create = g.chrome.tabs.create.bind(g.chrome.tabs);
    g.chrome.tabs.create = (...a: unknown[]) => {
      g.opened++;
      return create(...a);
    };
  });
});

afterAll(async () => {
  await session?.close();
});

const opened = () =>
  session.serviceWorker.evaluate(() => (globalThis as unknown as { opened: number }).opened);

async function openPage(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.pages.url}/reliability/${path}`);
  await page.waitForFunction(hasPaintedHighlight);
  return page;
}

async function hoverName(page: Page): Promise<void> {
  const point = await page.evaluate(centreOfText, ['p-lead', 'Lương Cường'] as [string, string]);
  if (!point) throw new Error('name not found');
  await page.mouse.move(point.x - 1, point.y);
  await page.mouse.move(point.x, point.y);
}

/** The card's box and a few computed styles, read inside its shadow root (via evaluateInCard). */
function cardLook(
  root: ShadowRoot,
): { width: number; height: number; font: string; size: string } | null {
  const card = root.querySelector('.bs-card');
  const name = card?.querySelector('.bs-name');
  if (!card || !name || !card.querySelector('.bs-row')) return null;
  const box = card.getBoundingClientRect();
  const style = getComputedStyle(name);
  return {
    width: Math.round(box.width),
    height: box.height,
    font: style.fontFamily,
    size: style.fontSize,
  };
}

describe('a page cannot get into Backstory', () => {
  it('cannot make the background act by posting or dispatching Backstory-shaped calls', async () => {
    const page = await openPage('forge.html');
    const direct = await page.evaluate(
      ([id, article]) =>
        (window as unknown as { forge(a: string, b: string): string }).forge(id, article),
      [session.extensionId, articleId] as [string, string],
    );
    expect(direct).toBe('no chrome.runtime on the page');
    await page.waitForTimeout(1500);
    expect(await opened()).toBe(0);
    // The same call from Backstory's own page does open the reader: the count above could have moved.
    const ext = await extensionPage(session);
    await callFrom(ext, 'openArticle', { id: articleId });
    await eventually(async () => (await opened()) === 1);
    await ext.close();
    await page.close();
  });

  it('hears nothing from Backstory and cannot switch it off with a forged start-up event', async () => {
    const page = await openPage('forge.html');
    await page.evaluate(
      ([id, article]) =>
        (window as unknown as { forge(a: string, b: string): string }).forge(id, article),
      [session.extensionId, articleId] as [string, string],
    );
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((m) => m.includes(session.extensionId) || m.includes('wxt'))).toEqual([]);
    // Still on: the highlights stay and a hover still opens the card.
    await page.waitForTimeout(300);
    await hoverName(page);
    expect(await eventually(() => evaluateInCard(page, cardLook))).toBeTruthy();
    await page.close();
  });

  it('cannot hide or restyle the card with its own CSS', async () => {
    const clean = await openPage('forge.html');
    await hoverName(clean);
    const expected = await eventually(() => evaluateInCard(clean, cardLook));
    await clean.close();
    const page = await openPage('hostile-css.html');
    await hoverName(page);
    const look = await eventually(() => evaluateInCard(page, cardLook));
    expect(look).toEqual({ ...expected, height: expect.any(Number) });
    expect(look.height).toBeGreaterThan(50);
    await page.close();
  });

  it("cannot reach the card's shadow root from its own world, even by patching attachShadow first", async () => {
    const page = await session.context.newPage();
    // Runs in the page's world before anything else: a page that wants every shadow root it can get.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenRoots: string[] }).seenRoots = seen;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        seen.push(this.localName);
        return attach.call(this, { ...init, mode: 'open' });
      };
    });
    await page.goto(`${session.pages.url}/reliability/forge.html`);
    await page.waitForFunction(hasPaintedHighlight);
    await hoverName(page);
    await eventually(() => evaluateInCard(page, cardLook));
    expect(await page.evaluate(pageSeesCardHost)).toEqual({ host: true, shadowRoot: 'null' });
    const seen = await page.evaluate(
      () => (window as unknown as { seenRoots: string[] }).seenRoots,
    );
    expect(seen).toEqual([]);
    await page.close();
  });

  it('has no externally_connectable and only the permissions the README justifies', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as {
      permissions?: string[];
      host_permissions?: string[];
      externally_connectable?: unknown;
    };
    expect(manifest.externally_connectable).toBeUndefined();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const from = readme.indexOf('## Permissions');
    const table = readme.slice(from, readme.indexOf('\n## ', from + 1));
    const justified = [...table.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
    for (const p of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])])
      expect(justified).toContain(p);
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
