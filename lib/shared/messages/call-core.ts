/**
 * How a call is sent: the envelope, the wait, every outcome turned into a
 * {@link CallResult}, the reply checked by the call's response schema. The
 * callers bind it to a map: client.ts (extension pages) and
 * content-script-client.ts (the page, which loads only its own calls).
 */
import { browser } from 'wxt/browser';
import { CallFailure } from './call-failure';
import type * as v from 'valibot';
import { isCallResult, type AddressedEnvelope, type CallTarget } from './envelope';
import type { CallMap, CallResult } from './protocol';
import { check, type CallSchema, type CallTypes } from './schema-kit';
import { withDeadline } from '../deadline';

export interface CallOptions {
  /** Give up after this long and resolve with a `timeout` error. */
  timeoutMs?: number;
}

/** Default wait: long enough for a background that wakes up and loads the corpus on first use. */
export const DEFAULT_TIMEOUT_MS = 10_000;

function failure(code: 'timeout' | 'unavailable' | 'internal', message: string): CallResult<never> {
  return { ok: false, error: { code, message } };
}

/** A successful reply's value checked by the call's response schema; a malformed one is `internal`. */
function checkReply<T>(
  call: string,
  reply: CallResult<unknown>,
  schema: v.GenericSchema,
): CallResult<T> {
  if (!reply.ok) return reply;
  const checked = check(schema, reply.value);
  return checked.ok
    ? { ok: true, value: checked.value as T }
    : failure('internal', `${call}: the answer is malformed (${checked.message})`);
}

/**
 * Send `message` and turn every outcome (reply, no reply, error, time-out) into a
 * {@link CallResult}, the reply checked by `response`.
 */
export async function send<T>(
  call: string,
  deliver: () => Promise<unknown>,
  response: v.GenericSchema,
  timeoutMs: number,
): Promise<CallResult<T>> {
  const reply = deliver().then(
    (r): CallResult<T> =>
      isCallResult(r)
        ? checkReply<T>(call, r, response)
        : failure('unavailable', 'nobody answered'),
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

export function envelope<M extends CallMap<M>, K extends keyof M>(
  to: CallTarget,
  call: K,
  request: M[K]['request'],
): AddressedEnvelope<M, K> {
  return { backstory: 1, to, call, request };
}

export function unwrap<T>(result: CallResult<T>): T {
  if (result.ok) return result.value;
  throw new CallFailure(result.error.code, result.error.message);
}

/**
 * `callResult` and `call` for the background calls in `calls`. `callResult`
 * resolves with a typed result, never throws, never hangs past the timeout;
 * `call` rejects with a {@link CallFailure} whose `code` says why
 * (`bad-request`, `not-found`, `unavailable`, `internal`, `timeout`).
 */
export function backgroundCaller<S extends Record<string, CallSchema>>(calls: S) {
  type M = CallTypes<S>;
  function callResult<K extends keyof M & string>(
    call: K,
    request: M[K]['request'],
    options: CallOptions = {},
  ): Promise<CallResult<M[K]['response']>> {
    const message = envelope<M, K>('background', call, request);
    return send(
      call,
      () => browser.runtime.sendMessage(message),
      calls[call]!.response(),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
  }
  async function callValue<K extends keyof M & string>(
    call: K,
    request: M[K]['request'],
    options: CallOptions = {},
  ): Promise<M[K]['response']> {
    return unwrap(await callResult(call, request, options));
  }
  return { callResult, call: callValue };
}
