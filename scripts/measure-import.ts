/**
 * `npx tsx scripts/measure-import.ts [--articles 10000] [--build .output/chrome-mv3]`
 *
 * Imports N generated reader articles into the built extension in real
 * Chromium, the way the options page does (`importBegin`, chunks of IMPORT_CHUNK
 * items to `importChunk`, then one `importCommit`), and prints the time of each phase
 * and whether the page stayed responsive (the longest gap between animation
 * frames while it ran). Last line: one JSON object with the figures.
 * Copy the build first when others may rebuild: it reads the folder at launch only.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { IMPORT_CHUNK } from '../lib/pages/import-runner';
import { chromiumArgs, findChromium } from './lib/browsers';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const count = Number(arg('articles', '10000'));
const build = resolve(arg('build', '.output/chrome-mv3'));
const work = mkdtempSync(join(tmpdir(), 'backstory-measure-'));
const ext = join(work, 'ext');
cpSync(build, ext, { recursive: true });
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found');
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath,
  headless: true,
  args: [...chromiumArgs(ext), '--no-sandbox', '--disable-gpu'],
});
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`);
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  const figures = await page.evaluate(
    async ([n, chunk]) => {
      type Reply = { ok: boolean; value?: unknown; error?: { message: string } };
      const send = async (call: string, request: unknown) => {
        const chromeApi = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } };
          }
        ).chrome;
        const r = await chromeApi.runtime.sendMessage({
          backstory: 1,
          to: 'background',
          call,
          request,
        });
        if (!r.ok) throw new Error(`${call}: ${r.error?.message}`);
        return r.value;
      };
      const item = (i: number) => ({
        url: `https://news.example.org/2025/${i}`,
        title: `Trade talks, part ${i}: what the negotiators agreed`,
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        language: i % 3 === 0 ? 'vi' : 'en',
        source: 'Example News',
        place: null,
        author: null,
        paragraphs: [
          `HÀ NỘI — President Lương Cường met Donald Trump for round ${i} of the talks on the Reciprocal Trade Agreement between Việt Nam and the United States.`,
          `Minister Nguyễn Hồng Diên said the ${i}th draft covers tariffs on textiles, seafood, coffee and electronics, and a calendar for the next steps.`,
          `Officials from both sides described the meeting as constructive. Further rounds are planned before the end of the year, and businesses will be consulted on the rules of origin (${i}).`,
          `Analysts said that predictable rules matter most to exporters, who plan their orders months ahead and need to know the duties they will pay.`,
        ],
        addedAt: new Date(Date.UTC(2025, 10, 1) + i * 1000).toISOString(),
      });
      let longestGap = 0;
      let last = performance.now();
      let running = true;
      const tick = () => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const t0 = performance.now();
      await send('importBegin', { importId: 'measure', total: n, source: 'measure-import' });
      for (let done = 0; done < n; done += chunk) {
        const items = [];
        for (let i = done; i < Math.min(n, done + chunk); i++) items.push(item(i));
        await send('importChunk', { importId: 'measure', items });
      }
      const t1 = performance.now();
      let reply = (await send('importCommit', { importId: 'measure' })) as {
        state: string;
        outcome?: { added: number };
      };
      while (reply.state !== 'done')
        reply = (await send('importCommit', { importId: 'measure' })) as typeof reply;
      const outcome = reply.outcome ?? { added: 0 };
      const t2 = performance.now();
      running = false;
      const listed = ((await send('readerArticles', {})) as { articles: unknown[] }).articles
        .length;
      const t3 = performance.now();
      const estimate = await navigator.storage.estimate();
      return {
        articles: n,
        added: outcome.added,
        linkMs: Math.round(t1 - t0),
        commitMs: Math.round(t2 - t1),
        totalMs: Math.round(t2 - t0),
        listMs: Math.round(t3 - t2),
        listed,
        longestFrameGapMs: Math.round(longestGap),
        storageUsageMB: Math.round((estimate.usage ?? 0) / 1e5) / 10,
      };
    },
    [count, IMPORT_CHUNK] as const,
  );
  console.log(
    `import of ${figures.articles} articles: ${figures.totalMs} ms (linking ${figures.linkMs} ms in chunks of ${IMPORT_CHUNK}, one commit ${figures.commitMs} ms); listing ${figures.listMs} ms; longest frame gap on the page ${figures.longestFrameGapMs} ms`,
  );
  console.log(JSON.stringify(figures));
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
