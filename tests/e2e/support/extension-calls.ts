/**
 * Background calls made from an extension page (Chromium), as the popup and
 * the options page make them, and the id of a tab by its URL.
 */
import type { Page } from 'playwright-core';
import type { BackgroundCalls, CallResult } from '../../../lib/shared/messages/protocol';

/** The little of the `chrome` global an extension page uses here. */
interface Chromeish {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  };
}

/** Calls through the extension page `ext()` (read at each call: it is opened in `beforeAll`). */
export function extensionCalls(ext: () => Page) {
  /** A background call's answer; its failure as an error naming the call. */
  async function call<K extends keyof BackgroundCalls>(
    name: K,
    request: BackgroundCalls[K]['request'],
  ): Promise<BackgroundCalls[K]['response']> {
    const result = (await ext().evaluate(
      ([c, r]) =>
        (globalThis as unknown as Chromeish).chrome.runtime.sendMessage({
          backstory: 1,
          to: 'background',
          call: c,
          request: r,
        }),
      [name, request] as const,
    )) as CallResult<BackgroundCalls[K]['response']>;
    if (!result.ok) throw new Error(`${String(name)}: ${result.error.message}`);
    return result.value;
  }

  /** The id of the tab showing `url`. */
  async function tabIdOf(url: string): Promise<number> {
    const id = await ext().evaluate(
      async (u) =>
        (await (globalThis as unknown as Chromeish).chrome.tabs.query({ url: u }))[0]?.id ?? null,
      url,
    );
    if (id === null) throw new Error(`no tab for ${url}`);
    return id;
  }

  return { call, tabIdOf };
}
