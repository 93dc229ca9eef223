/**
 * Collects uncaught errors (and console.error calls) that come from the
 * extension: in each tab, from the content script's isolated world, through
 * the DevTools protocol (page events only see the page's own world); in the
 * service worker, through listeners installed in its global scope.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';

export interface ExtensionError {
  where: string;
  text: string;
}

interface ContextEvent {
  context: { id: number; origin: string };
}
interface ExceptionEvent {
  exceptionDetails: {
    executionContextId?: number;
    url?: string;
    text: string;
    exception?: { description?: string };
    stackTrace?: { callFrames: Array<{ url: string }> };
  };
}
interface ConsoleEvent {
  type: string;
  executionContextId: number;
  args: Array<{ value?: unknown; description?: string }>;
}

const isExtensionUrl = (url: string | undefined) => !!url && url.startsWith('chrome-extension://');

/**
 * Watch `page` for errors from extension code; `onError` gets each one.
 * The content script's world is the isolated context whose origin is the extension's.
 */
export async function watchTabErrors(
  page: Page,
  onError: (text: string) => void,
): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const ours = new Set<number>();
  cdp.on('Runtime.executionContextCreated', (e: ContextEvent) => {
    // Playwright's own utility world is isolated too, but its origin is the page's.
    if (isExtensionUrl(e.context.origin)) ours.add(e.context.id);
  });
  cdp.on('Runtime.executionContextsCleared', () => ours.clear());
  cdp.on('Runtime.exceptionThrown', (e: ExceptionEvent) => {
    const d = e.exceptionDetails;
    const frames = d.stackTrace?.callFrames ?? [];
    const fromUs =
      ours.has(d.executionContextId ?? -1) ||
      isExtensionUrl(d.url) ||
      frames.some((f) => isExtensionUrl(f.url));
    if (fromUs) onError(d.exception?.description ?? d.text);
  });
  cdp.on('Runtime.consoleAPICalled', (e: ConsoleEvent) => {
    if (e.type !== 'error' || !ours.has(e.executionContextId)) return;
    onError(
      'console.error: ' + e.args.map((a) => a.description ?? String(a.value ?? '')).join(' '),
    );
  });
  await cdp.send('Runtime.enable');
  return cdp;
}

/** Install error collectors in the service worker (kept on `self.__fuzzErrors`). */
export async function watchWorkerErrors(sw: Worker): Promise<void> {
  await sw.evaluate(`(() => {
    if (self.__fuzzErrors) return;
    const errors = (self.__fuzzErrors = []);
    self.addEventListener('error', (e) => errors.push('error: ' + (e.message || e.error)));
    self.addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason && (e.reason.stack || e.reason))));
    const original = console.error.bind(console);
    console.error = (...args) => { errors.push('console.error: ' + args.map(String).join(' ')); original(...args); };
  })()`);
}

/** The service worker's errors so far. */
export async function workerErrors(sw: Worker): Promise<string[]> {
  return (await sw.evaluate('self.__fuzzErrors || []')) as string[];
}
