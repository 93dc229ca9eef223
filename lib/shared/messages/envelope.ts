import type { CallEnvelope, CallError, CallMap, CallResult, CallSchemas } from './protocol';
import { check, isRecord } from './schema-kit';

/** Who a message is for: the background, or the content script of a tab. */
export type CallTarget = 'background' | 'content';

/** A request on the wire, addressed so that only the intended side answers. */
export type AddressedEnvelope<M extends CallMap<M>, K extends keyof M = keyof M> = CallEnvelope<
  M,
  K
> & { to: CallTarget };

/** Whether `message` is one of ours addressed to `to` (others are left to other listeners). */
export function isAddressedTo(message: unknown, to: CallTarget): boolean {
  return isRecord(message) && message.backstory === 1 && message.to === to;
}

/** The checked call and request of an envelope, or a `bad-request` error. */
export function openEnvelope<M extends CallMap<M>>(
  message: unknown,
  calls: CallSchemas<M>,
): { ok: true; call: keyof M; request: unknown } | { ok: false; error: CallError } {
  const bad = (msg: string) => ({
    ok: false as const,
    error: { code: 'bad-request' as const, message: msg },
  });
  if (!isRecord(message) || message.backstory !== 1) return bad('not a Backstory message');
  const call = message.call;
  if (typeof call !== 'string' || !Object.hasOwn(calls, call))
    return bad(`unknown call "${String(call)}"`);
  const checked = check(calls[call as keyof M].request(), message.request);
  return checked.ok
    ? { ok: true, call: call as keyof M, request: checked.value }
    : bad(`${call}: ${checked.message}`);
}

/** Whether a reply has the shape of a {@link CallResult}. */
export function isCallResult(v: unknown): v is CallResult<unknown> {
  if (!isRecord(v)) return false;
  if (v.ok === true) return 'value' in v;
  return (
    v.ok === false &&
    isRecord(v.error) &&
    typeof v.error.code === 'string' &&
    typeof v.error.message === 'string'
  );
}
