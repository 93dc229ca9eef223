/**
 * What "one copy" costs: the JS heap of the extension's service worker (which
 * holds the matcher's tables for every tab) and a tab's heap (the bench takes
 * the same page with and without the extension: the difference is what the
 * content script adds), each after garbage collection, read through the
 * debugging protocol.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const MB = 1024 * 1024;

/** Used JS heap of a page after two collections. */
async function pageHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Send one protocol command to another target (the service worker) through a page's session. */
function relay(cdp: CDPSession, sessionId: string) {
  let id = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result ?? m.error);
  });
  return (method: string): Promise<unknown> =>
    new Promise((resolve) => {
      const n = ++id;
      waiting.set(n, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: n, method, params: {} }),
      });
    });
}

/** Used JS heap (MB) of the extension's service worker after two collections; null without one. */
export async function workerHeapMb(context: BrowserContext): Promise<number | null> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension:'),
    );
    if (!sw) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: sw.targetId,
      flatten: false,
    });
    const send = relay(cdp, sessionId);
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const usage = (await send('Runtime.getHeapUsage')) as { usedSize?: number };
    return usage.usedSize === undefined ? null : usage.usedSize / MB;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** A tab's used JS heap (MB) on `url`, after it settled and was collected. */
export async function pageHeapMb(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const used = await pageHeap(context, page);
  await page.close();
  return used / MB;
}
