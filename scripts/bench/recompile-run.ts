/**
 * Learning a name from a clipped article in the 20,000-alias build: the
 * article (one naming a leader the corpus does not know) is clipped through the
 * background's own `clipTab` call, and the worker reports how long learning
 * took — discovering the names, compiling the tables again and storing them
 * (`backstoryLearning.lastMs`, and `lastPhases` for where it went).
 */
import type { BrowserContext, Worker } from 'playwright-core';

interface ChromeLike {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  };
}

/** How long learning took, and where the time went (phase → ms, in order). */
export interface RecompileFigures {
  ms: number | null;
  phases: Record<string, number> | null;
}

/** Clip `articleUrl` (served by the bench) and read the learning's time; null when nothing was learned. */
export async function runRecompile(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  articleUrl: string,
): Promise<RecompileFigures | null> {
  const ext = await context.newPage();
  const article = await context.newPage();
  try {
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    await article.goto(articleUrl);
    const reply = await ext.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as ChromeLike;
      const tabId = (await chrome.tabs.query({ url }))[0]?.id;
      return chrome.runtime.sendMessage({
        backstory: 1,
        to: 'background',
        call: 'clipTab',
        request: { tabId },
      });
    }, article.url());
    const outcome = reply as { ok: boolean; value?: { status: string } };
    if (!outcome.ok || outcome.value?.status !== 'added') return null;
    return worker.evaluate(() => {
      const { lastMs, lastPhases } = (
        globalThis as unknown as {
          backstoryLearning: { lastMs: number | null; lastPhases: Record<string, number> | null };
        }
      ).backstoryLearning;
      return { ms: lastMs, phases: lastPhases };
    });
  } finally {
    await article.close();
    await ext.close();
  }
}
