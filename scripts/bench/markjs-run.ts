/**
 * mark.js (8.11.1, the common alternative) highlighting the same names on the
 * same generated page, in the same Chromium without the extension.
 */
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from './extension-copy';

/** Milliseconds `new Mark(document.body).mark(names)` takes, or null past `timeoutMs`. */
export async function runMarkJs(
  context: BrowserContext,
  url: string,
  names: readonly string[],
  timeoutMs: number,
): Promise<{ ms: number | null; marks: number }> {
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ path: resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
  const timeout = new Promise<{ ms: null; marks: number }>((done) =>
    setTimeout(() => done({ ms: null, marks: 0 }), timeoutMs),
  );
  try {
    const run = page.evaluate(
      ([list, limit]) =>
        new Promise<{ ms: number | null; marks: number }>((done) => {
          type MarkCtor = new (el: Element) => { mark(k: string[], o: object): void };
          const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
          const t = performance.now();
          new Mark(document.body).mark(list as string[], {
            separateWordSearch: false,
            diacritics: true,
            accuracy: 'exactly',
            done: (marks: number) => {
              const ms = performance.now() - t;
              done({ ms: ms > (limit as number) ? null : ms, marks });
            },
          });
        }),
      [names, timeoutMs] as const,
    );
    return await Promise.race([run, timeout]);
  } finally {
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}
