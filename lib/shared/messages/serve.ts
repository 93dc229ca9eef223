import { browser, type Browser } from 'wxt/browser';
import { toCallError } from './call-failure';
import { openEnvelope, type CallTarget } from './envelope';
import type { CallContext, CallMap, CallResult, CallSchemas, Handlers } from './protocol';
import { withDeadline } from '../deadline';

type Sender = Browser.runtime.MessageSender;

/** How long a handler may take before the caller is told `timeout` (the caller's own clock may be shorter). */
export const HANDLER_TIMEOUT_MS = 20_000;

function isForOtherSide(message: unknown, to: CallTarget): boolean {
  const m = message as { backstory?: unknown; to?: unknown } | null;
  return (
    typeof m === 'object' && m !== null && m.backstory === 1 && m.to !== undefined && m.to !== to
  );
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<CallResult<T>> {
  const settled = work.then(
    (value): CallResult<T> => ({ ok: true, value }),
    (err: unknown): CallResult<T> => ({ ok: false, error: toCallError(err) }),
  );
  return withDeadline(settled, ms, (): CallResult<T> => ({
    ok: false,
    error: { code: 'timeout', message: `no answer within ${ms} ms` },
  }));
}

/** Answer one message: always a {@link CallResult}, never a throw. */
export async function answer<M extends CallMap<M>>(
  message: unknown,
  sender: Sender,
  calls: CallSchemas<M>,
  handlers: Handlers<M>,
  timeoutMs = HANDLER_TIMEOUT_MS,
): Promise<CallResult<unknown>> {
  if (sender.id !== browser.runtime.id) {
    return {
      ok: false,
      error: { code: 'bad-request', message: 'messages are accepted only from Backstory itself' },
    };
  }
  const opened = openEnvelope(message, calls);
  if (!opened.ok) return opened;
  const handler = handlers[opened.call] as (
    request: unknown,
    context: CallContext,
  ) => Promise<unknown>;
  const context: CallContext = {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    tabIndex: sender.tab?.index,
  };
  return withTimeout(
    Promise.resolve().then(() => handler(opened.request, context)),
    timeoutMs,
  );
}

/**
 * Listen for calls addressed to `to` and answer each through `handlers`, after
 * checking the sender is this extension and the request is well formed.
 * Returns a function that stops listening.
 */
export function serveCalls<M extends CallMap<M>>(
  to: CallTarget,
  calls: CallSchemas<M>,
  handlers: Handlers<M>,
  timeoutMs = HANDLER_TIMEOUT_MS,
): () => void {
  // `sendResponse` + `return true` rather than returning a promise: it works the same
  // in Chrome, Firefox, the polyfill and WXT's fakeBrowser.
  const listener = (
    message: unknown,
    sender: Sender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (isForOtherSide(message, to)) return undefined;
    void answer(message, sender, calls, handlers, timeoutMs).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
