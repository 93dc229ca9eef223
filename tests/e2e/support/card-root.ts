/**
 * Reaching into the card's CLOSED shadow root from tests, with no hook in the
 * product: the page (and `page.evaluate`) gets `null` from `host.shadowRoot`,
 * so the root is fetched through the browser's own debugging protocol.
 *
 * - Chromium (playwright-core): a CDP session finds the `[data-backstory-ui]`
 *   host with `DOM.querySelector` (native, so page scripts that redefine DOM
 *   methods cannot fool it), `DOM.describeNode({pierce})` lists its shadow
 *   roots (closed ones included), `DOM.resolveNode` gives the root's objectId
 *   and `Runtime.callFunctionOn` runs the test's function with it.
 * - Firefox (puppeteer-core over WebDriver BiDi): see card-root-firefox.ts.
 *
 * Functions passed here run in the page's main world and are sent as source:
 * they must be self-contained (no imports, no closures over test code), like
 * those given to `page.evaluate`. Results come back by value (JSON-like).
 */
import type { CDPSession, Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { evaluateInCardFirefox } from './card-root-firefox';
import { centreOfText } from './page-probes';

/** What the card's host carries (set in entrypoints/card/card-ui.ts). */
export const CARD_HOST = '[data-backstory-ui]';

/** A function run with the card's shadow root as its first argument. */
export type InCard<R, A> = (root: ShadowRoot, arg: A) => R | Promise<R>;

/** Either browser's page: playwright-core for Chromium, puppeteer-core for Firefox. */
export type AnyPage = ChromiumPage | FirefoxPage;

const GROUP = 'backstory-card-root';
const sessions = new WeakMap<ChromiumPage, Promise<CDPSession>>();

function cdpFor(page: ChromiumPage): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** The objectId of the card host's shadow root in the page's main world, or null when no card is mounted. */
async function chromiumRootId(cdp: CDPSession): Promise<string | null> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: CARD_HOST,
  });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
  const shadow = node.shadowRoots?.find((r) => r.shadowRootType !== 'user-agent');
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', {
    backendNodeId: shadow.backendNodeId,
    objectGroup: GROUP,
  });
  return object.objectId ?? null;
}

/** Chromium: run `fn(root, arg)` on the card's closed shadow root; null when no card is mounted. */
export async function evaluateInCardChromium<R, A = undefined>(
  page: ChromiumPage,
  fn: InCard<R, A>,
  arg?: A,
): Promise<R | null> {
  const cdp = await cdpFor(page);
  try {
    const objectId = await chromiumRootId(cdp);
    if (!objectId) return null;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: arg === undefined ? [] : [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(
        `in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    }
    return result.value as R;
  } catch (err) {
    // A session whose target went away stays dead: open a new one on the next call.
    sessions.delete(page);
    throw err;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
  }
}

function isChromiumPage(page: AnyPage): page is ChromiumPage {
  return typeof (page as Partial<ChromiumPage>).context === 'function';
}

/**
 * Run `fn(root, arg)` with the card's (closed) shadow root, in Chromium or
 * Firefox; resolves with its result, or null when no card host or root exists.
 */
export function evaluateInCard<R, A = undefined>(
  page: AnyPage,
  fn: InCard<R, A>,
  arg?: A,
): Promise<R | null> {
  return isChromiumPage(page)
    ? evaluateInCardChromium(page, fn, arg)
    : evaluateInCardFirefox(page, fn, arg);
}

/** Poll `fn` in the card every 100 ms until it returns something truthy; rejects after `timeoutMs`. */
export async function waitInCard<R, A = undefined>(
  page: AnyPage,
  fn: InCard<R, A>,
  arg?: A,
  timeoutMs = 15_000,
): Promise<NonNullable<R>> {
  const end = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const value = await evaluateInCard(page, fn, arg);
      if (value) return value;
    } catch (err) {
      // A navigation or a re-mount can drop the root between two protocol calls: poll again.
      last = err;
    }
    if (Date.now() > end)
      throw new Error(`card never matched ${fn.name || 'the check'} (${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The card's visible text ('' when none is shown): each top-level block's innerText, one per line. */
export async function readCardText(page: AnyPage): Promise<string> {
  const text = await evaluateInCard(page, (root) =>
    [...root.querySelectorAll('div')]
      .filter((el) => !el.parentElement?.closest('div'))
      .map((el) => el.innerText.trim())
      .filter(Boolean)
      .join('\n'),
  );
  return text ?? '';
}

/** Run in the card: the viewport centre of the first element matching `selector`, or null. */
function centreOf(root: ShadowRoot, selector: string): { x: number; y: number } | null {
  const box = root.querySelector(selector)?.getBoundingClientRect();
  return box && box.width > 0 ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
}

/** The viewport centre of the first element matching `selector` in the card, or null. */
export function centreInCard(
  page: AnyPage,
  selector: string,
): Promise<{ x: number; y: number } | null> {
  return evaluateInCard(page, centreOf, selector);
}

/** A real mouse click (trusted events) in the middle of the first element matching `selector` in the card. */
export async function clickInCard(page: AnyPage, selector: string): Promise<void> {
  const at = await waitInCard(page, centreOf, selector);
  await page.mouse.click(at.x, at.y);
}

/**
 * What the page's own world sees of the card host: whether one exists and
 * what `host.shadowRoot` gives (`null` for a closed root). Run with `page.evaluate`.
 */
export function pageSeesCardHost(): { host: boolean; shadowRoot: 'null' | 'object' } {
  const host = document.querySelector('[data-backstory-ui]');
  return { host: host !== null, shadowRoot: host?.shadowRoot ? 'object' : 'null' };
}

/** Run in the card's root (pass it to `waitInCard`): the card's text once it lists an article, else null. */
export function cardTextOnceListed(root: ShadowRoot): string | null {
  const card = root.querySelector<HTMLElement>('[role="dialog"]');
  return card?.querySelector('.bs-row') ? card.innerText : null;
}

/**
 * Rest the pointer on the first `text` inside the element with `id` and resolve with the card's
 * text once it lists an article (either browser's page).
 */
export async function hoverForCardText(
  page: AnyPage,
  id: string,
  text: string,
  timeoutMs = 15_000,
): Promise<string> {
  const point = await (page as ChromiumPage).evaluate(centreOfText, [id, text] as [string, string]);
  if (!point) throw new Error(`"${text}" not found in #${id}`);
  await page.mouse.move(point.x - 1, point.y);
  await page.mouse.move(point.x, point.y);
  return waitInCard(page, cardTextOnceListed, undefined, timeoutMs);
}
