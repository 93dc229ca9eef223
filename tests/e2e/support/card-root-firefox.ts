/**
 * Firefox half of card-root.ts: the card's CLOSED shadow root reached over
 * WebDriver BiDi, the protocol puppeteer-core already drives Firefox with.
 *
 * `browsingContext.locateNodes` finds the `[data-backstory-ui]` host natively
 * (page scripts cannot fool it) and, with `serializationOptions.includeShadowTree:
 * 'all'`, serialises its closed shadow root with a `sharedId`; `script.callFunction`
 * then runs the test's function with that root as its argument.
 *
 * puppeteer-core has no public call for a raw BiDi command, so this uses two
 * members its BiDi classes expose at run time but type as internal:
 * `browser.connection.send()` (the BiDi connection) and `frame._id` (the
 * browsing context id). `bidiOf` checks both and fails loudly if a
 * puppeteer upgrade removes them.
 */
import type { Page } from 'puppeteer-core';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

interface BidiSend {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** The BiDi connection and the page's top-level browsing context id. */
function bidiOf(page: Page): { connection: BidiSend; context: string } {
  const connection = (page.browser() as unknown as { connection?: Partial<BidiSend> }).connection;
  const context = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof connection?.send !== 'function' || typeof context !== 'string') {
    throw new Error(
      'puppeteer-core no longer exposes browser.connection / frame._id (card-root-firefox.ts)',
    );
  }
  return { connection: connection as BidiSend, context };
}

/** The card host's closed shadow root as a BiDi remote reference, or null when no card is mounted. */
async function firefoxRootId(bidi: ReturnType<typeof bidiOf>): Promise<string | null> {
  const { result } = await bidi.connection.send('browsingContext.locateNodes', {
    context: bidi.context,
    locator: { type: 'css', value: '[data-backstory-ui]' },
    maxNodeCount: 1,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const host = (result as { nodes: RemoteValue[] }).nodes[0];
  const shadow = (host?.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  return shadow?.sharedId ?? null;
}

/** A JSON-like test argument as a BiDi LocalValue. */
function toLocal(value: unknown): object {
  if (value === undefined) return { type: 'undefined' };
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'array', value: value.map(toLocal) };
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return { type: typeof value, value };
    case 'number':
      return { type: 'number', value: Number.isFinite(value) ? value : String(value) };
    case 'object':
      return {
        type: 'object',
        value: Object.entries(value).map(([k, v]) => [k, toLocal(v)]),
      };
    default:
      throw new Error(`cannot send a ${typeof value} into the card`);
  }
}

/** A BiDi RemoteValue (serialised by value) back into a JSON-like result. */
function fromRemote(remote: RemoteValue): Json | undefined {
  switch (remote.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return remote.value as Json;
    case 'number':
      return typeof remote.value === 'number' ? remote.value : Number(remote.value);
    case 'array':
      return (remote.value as RemoteValue[]).map((v) => fromRemote(v) ?? null);
    case 'object': {
      const out: { [key: string]: Json } = {};
      for (const [k, v] of remote.value as [string, RemoteValue][]) out[k] = fromRemote(v) ?? null;
      return out;
    }
    default:
      throw new Error(`the card returned a ${remote.type}; return plain data`);
  }
}

/** Firefox: run `fn(root, arg)` on the card's closed shadow root; null when no card is mounted. */
export async function evaluateInCardFirefox<R, A>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R | null> {
  const bidi = bidiOf(page);
  const sharedId = await firefoxRootId(bidi);
  if (!sharedId) return null;
  const { result } = await bidi.connection.send('script.callFunction', {
    functionDeclaration: `function (root, arg) { return (${fn.toString()})(root, arg); }`,
    awaitPromise: true,
    target: { context: bidi.context },
    arguments: [{ sharedId }, toLocal(arg)],
    resultOwnership: 'none',
  });
  const outcome = result as {
    type: 'success' | 'exception';
    result?: RemoteValue;
    exceptionDetails?: { text: string };
  };
  if (outcome.type === 'exception')
    throw new Error(`in the card: ${outcome.exceptionDetails?.text}`);
  return fromRemote(outcome.result!) as R;
}
