import { browser } from 'wxt/browser';
import { CallFailure } from './call-failure';
import { isCallResult, type AddressedEnvelope, type CallTarget } from './envelope';
import type { BackgroundCalls, CallMap, CallResult, ContentCalls } from './protocol';
import { withDeadline } from '../deadline';

/**
 * The calling side of the message layer, for the content script, popup,
 * options and reader pages. It must stay light: no Dexie, no fuse.js, nothing
 * from lib/background.
 */

export interface CallOptions {
  /** Give up after this long and resolve with a `timeout` error. */
  timeoutMs?: number;
}

/** Default wait: long enough for a background that wakes up and loads the corpus on first use. */
export const DEFAULT_TIMEOUT_MS = 10_000;

function failure(code: 'timeout' | 'unavailable' | 'internal', message: string): CallResult<never> {
  return { ok: false, error: { code, message } };
}

/** Send `message` and turn every outcome (reply, no reply, error, time-out) into a {@link CallResult}. */
async function send<T>(deliver: () => Promise<unknown>, timeoutMs: number): Promise<CallResult<T>> {
  const reply = deliver().then(
    (r): CallResult<T> =>
      isCallResult(r) ? (r as CallResult<T>) : failure('unavailable', 'nobody answered'),
    (err: unknown): CallResult<T> => {
      const text = err instanceof Error ? err.message : String(err);
      // Chrome and Firefox say this when no listener exists (no content script in the tab, for one).
      const missing =
        /receiving end does not exist|could not establish connection|no listeners/i.test(text);
      return failure(missing ? 'unavailable' : 'internal', text);
    },
  );
  return withDeadline(reply, timeoutMs, () =>
    failure('timeout', `no answer within ${timeoutMs} ms`),
  );
}

function envelope<M extends CallMap<M>, K extends keyof M>(
  to: CallTarget,
  call: K,
  request: M[K]['request'],
): AddressedEnvelope<M, K> {
  return { backstory: 1, to, call, request };
}

function unwrap<T>(result: CallResult<T>): T {
  if (result.ok) return result.value;
  throw new CallFailure(result.error.code, result.error.message);
}

/** Call the background; resolves with a typed result, never throws, never hangs past the timeout. */
export function callBackgroundResult<K extends keyof BackgroundCalls>(
  call: K,
  request: BackgroundCalls[K]['request'],
  options: CallOptions = {},
): Promise<CallResult<BackgroundCalls[K]['response']>> {
  const message = envelope<BackgroundCalls, K>('background', call, request);
  return send(() => browser.runtime.sendMessage(message), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}

/**
 * Call the background and get its response. Rejects with a {@link CallFailure}
 * whose `code` says why (`bad-request`, `not-found`, `unavailable`, `internal`,
 * `timeout`); never hangs past the timeout.
 */
export async function callBackground<K extends keyof BackgroundCalls>(
  call: K,
  request: BackgroundCalls[K]['request'],
  options: CallOptions = {},
): Promise<BackgroundCalls[K]['response']> {
  return unwrap(await callBackgroundResult(call, request, options));
}

/** Call the content script of tab `tabId` (from the popup), as a typed result. `unavailable` when the tab has none. */
export function callContentResult<K extends keyof ContentCalls>(
  tabId: number,
  call: K,
  request: ContentCalls[K]['request'],
  options: CallOptions = {},
): Promise<CallResult<ContentCalls[K]['response']>> {
  const message = envelope<ContentCalls, K>('content', call, request);
  return send(
    () => browser.tabs.sendMessage(tabId, message),
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
}

/** Call the content script of tab `tabId`; rejects with a {@link CallFailure} (`unavailable` when the tab has none). */
export async function callContent<K extends keyof ContentCalls>(
  tabId: number,
  call: K,
  request: ContentCalls[K]['request'],
  options: CallOptions = {},
): Promise<ContentCalls[K]['response']> {
  return unwrap(await callContentResult(tabId, call, request, options));
}

// The content script both calls the background and answers the popup; serving is as light as calling.
export { CallFailure } from './call-failure';
