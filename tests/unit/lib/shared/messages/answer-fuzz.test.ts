import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isCallResult } from '../../../../../lib/shared/messages/envelope';
import {
  backgroundCalls,
  type BackgroundCalls,
  type Handlers,
} from '../../../../../lib/shared/messages/protocol';
import { answer } from '../../../../../lib/shared/messages/serve';
import { check } from '../../../../../lib/shared/messages/schema-kit';

const CALLS = Object.keys(backgroundCalls);

/** A handler for every call (whatever the protocol grows to) that records what it was given. */
function recordingHandlers(seen: unknown[]): Handlers<BackgroundCalls> {
  return new Proxy({} as Handlers<BackgroundCalls>, {
    get: () => async (request: unknown) => {
      seen.push(request);
      return {};
    },
  });
}

/** Messages from anything at all to envelopes with real call names and any request. */
const message = fc.oneof(
  fc.anything(),
  fc.record({
    backstory: fc.constantFrom(1, 2, '1', undefined),
    to: fc.constantFrom('background', 'content', undefined),
    call: fc.oneof(fc.constantFrom(...CALLS, '__proto__', 'constructor', 'toString'), fc.string()),
    request: fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom('id', 'query', 'entityId', 'limit', 'items', 'importId', 'tabId', 'x'),
        fc.anything(),
      ),
    ),
  }),
);

describe('answer on arbitrary messages', () => {
  it('always resolves to a call result; a handler runs only on a request its schema accepted', async () => {
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const seen: unknown[] = [];
        const reply = await answer(
          m,
          { id: fakeBrowser.runtime.id },
          backgroundCalls,
          recordingHandlers(seen),
          1000,
        );
        expect(isCallResult(reply)).toBe(true);
        if (!reply.ok) {
          expect(reply.error.code).toBe('bad-request');
          expect(seen).toEqual([]);
          return;
        }
        const { call, request } = m as { call: keyof BackgroundCalls; request: unknown };
        const checked = check(backgroundCalls[call].request(), request);
        expect(checked.ok).toBe(true);
        // The handler got the schema's clean copy, not the raw request.
        expect(seen).toEqual([checked.ok ? checked.value : null]);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every message from a sender other than Backstory, valid or not', async () => {
    await fc.assert(
      fc.asyncProperty(message, fc.string(), async (m, id) => {
        fc.pre(id !== fakeBrowser.runtime.id);
        const seen: unknown[] = [];
        const reply = await answer(m, { id }, backgroundCalls, recordingHandlers(seen), 1000);
        expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
        expect(seen).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
