/**
 * Helpers for the reliability e2e tests: calling the background the way an
 * extension page does, and reading the card (inside its shadow root).
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../support/chromium';
import { evaluateInCard, type AnyPage } from '../support/card-root';

/** An extension page (the popup) to send calls from, as the popup itself would. */
export async function extensionPage(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}

/** Send one background call from an extension page; resolves with the raw reply. */
export function callFrom(page: Page, call: string, request: unknown): Promise<unknown> {
  return page.evaluate(
    ([c, r]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ backstory: 1, to: 'background', call: c, request: r }),
    [call, request] as [string, unknown],
  );
}

/** Poll until `probe` returns a truthy value. */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What a page-side check found in Backstory's card (run inside the page). */
export interface CardScan {
  text: string;
  elements: string[];
  bidi: string[];
}

/**
 * Text, element tag names and each text element's `unicode-bidi` inside the
 * card's shadow root (run it with `evaluateInCard` from ../support/card-root).
 */
export function scanCard(root: ShadowRoot): CardScan | null {
  const card = root.querySelector('.bs-card');
  if (!card || !card.querySelector('.bs-row')) return null;
  const all = [...card.querySelectorAll('*')];
  return {
    text: (card as HTMLElement).innerText,
    elements: [...new Set(all.map((e) => e.tagName.toLowerCase()))],
    bidi: all
      .filter((e) => (e as HTMLElement).innerText?.includes('\u202e'))
      .map((e) => getComputedStyle(e).unicodeBidi),
  };
}

/**
 * Source of an async function that runs `body` against Backstory's IndexedDB database, raw (no Dexie),
 * with `db` open and `done(tx)` resolving when a transaction completes; evaluate it in an extension context.
 */
export function rawDatabaseScript(body: string): string {
  return `(async () => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('backstory');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    try { ${body} } finally { db.close(); }
  })()`;
}

/** For {@link rawDatabaseScript}: the stored corpus says it is an older version, as after an update. */
export const MARK_STORED_CORPUS_OLDER = `
  const tx = db.transaction('meta', 'readwrite');
  const store = tx.objectStore('meta');
  const meta = await new Promise((r) => { const q = store.get('corpus'); q.onsuccess = () => r(q.result); });
  store.put({ ...meta, version: 'older' });
  await done(tx);`;

/** For {@link rawDatabaseScript}: garbage in place of Lương Cường's entity row and of article `articleId`. */
export function garbageRows(articleId: string): string {
  return `
  const tx = db.transaction(['entities', 'articles'], 'readwrite');
  tx.objectStore('entities').put({ id: 'luong-cuong', name: 42, kind: null });
  tx.objectStore('articles').put({ id: ${JSON.stringify(articleId)}, title: ['x'] });
  await done(tx);`;
}

/** What the card shows now: its status line or alert, and how many article rows (run in its shadow root). */
/**
 * Rest the pointer on `point` until a card opens, and give the card's state: on a loaded machine the
 * first move can come before the content script listens, and a card opens only once the pointer has
 * rested on a name for the hover delay.
 */
export function hoverUntilCard(
  page: AnyPage,
  point: { x: number; y: number },
): Promise<NonNullable<ReturnType<typeof cardState>>> {
  return eventually(async () => {
    await page.mouse.move(point.x - 1, point.y);
    await page.mouse.move(point.x, point.y);
    await new Promise((r) => setTimeout(r, 1000));
    return evaluateInCard(page, cardState);
  });
}

export function cardState(
  root: ShadowRoot,
): { alert: string; status: string; rows: number } | null {
  if (!root.querySelector('.bs-card')) return null;
  return {
    alert: (root.querySelector('[role="alert"]') as HTMLElement | null)?.innerText ?? '',
    status: (root.querySelector('.bs-state[role="status"]') as HTMLElement | null)?.innerText ?? '',
    rows: root.querySelectorAll('.bs-row').length,
  };
}
