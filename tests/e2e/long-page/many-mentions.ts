/**
 * A page with far more mentions than the highlights registered at once, for
 * the many-mentions tests in Chromium and Firefox.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';

export const PARAGRAPHS = 2000;
/** Two mentions a paragraph. */
export const MENTIONS = 2 * PARAGRAPHS;

/** Serve the page as `/many.html` from a temporary folder (removed on close). */
export async function serveManyMentions(): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-many-'));
  const paras = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p id="p${i}">Paragraph ${i}: Donald Trump spoke with Tô Lâm about trade.</p>`,
  );
  // The bench's meta: the content script then answers how many mentions it holds (bench-timing.ts).
  writeFileSync(
    join(dir, 'many.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="backstory-bench"><title>Many</title></head><body>${paras.join('\n')}</body></html>`,
  );
  const server = await serveFolder(dir);
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** In the page: how many mentions the content script holds, asked the way the bench asks. */
export function mentionCount(): number {
  document.dispatchEvent(new CustomEvent('backstory-bench-count'));
  const marks = performance
    .getEntriesByType('mark')
    .filter((e) => e.name.startsWith('backstory:count:'));
  return Number(marks.at(-1)?.name.split(':')[2] ?? 0);
}

/** In the page: the numbers of the paragraphs with a registered highlight, and how many ranges are registered. */
export function paintedParagraphs(): { paragraphs: number[]; ranges: number } {
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const paragraphs = new Set<number>();
  let ranges = 0;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('backstory-')) continue;
    for (const r of highlight) {
      ranges++;
      const id = r.startContainer.parentElement?.id ?? '';
      if (id.startsWith('p')) paragraphs.add(Number(id.slice(1)));
    }
  }
  return { paragraphs: [...paragraphs].sort((a, b) => a - b), ranges };
}
