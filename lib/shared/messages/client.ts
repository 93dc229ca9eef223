/**
 * The calling side of the message layer for extension pages (popup, options,
 * reader): every background call, and the content script of a tab. It stays
 * light: no Dexie, no fuse.js, nothing from lib/background.
 */
import { browser } from 'wxt/browser';
import {
  backgroundCaller,
  DEFAULT_TIMEOUT_MS,
  envelope,
  send,
  unwrap,
  type CallOptions,
} from './call-core';
import { backgroundCalls, contentCalls, type CallResult, type ContentCalls } from './protocol';

export type { CallOptions } from './call-core';
export { DEFAULT_TIMEOUT_MS } from './call-core';

const background = backgroundCaller(backgroundCalls);

/** Call the background; resolves with a typed result, never throws, never hangs past the timeout. */
export const callBackgroundResult = background.callResult;

/** Call the background and get its response; rejects with a {@link CallFailure} saying why. */
export const callBackground = background.call;

/** Call the content script of tab `tabId` (from the popup), as a typed result. `unavailable` when the tab has none. */
export function callContentResult<K extends keyof ContentCalls>(
  tabId: number,
  call: K,
  request: ContentCalls[K]['request'],
  options: CallOptions = {},
): Promise<CallResult<ContentCalls[K]['response']>> {
  const message = envelope<ContentCalls, K>('content', call, request);
  return send(
    call,
    () => browser.tabs.sendMessage(tabId, message),
    contentCalls[call].response(),
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

// What `callBackground` and `callContent` reject with, for pages that tell the codes apart.
export { CallFailure } from './call-failure';
