/**
 * A long article for the long-page tests: far more text than the page
 * matches by itself, so the background matches the part below the top.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';

const FILLER = ' The delegations discussed trade, investment, education and security.'.repeat(10);
/** Paragraph index → the sentence it opens with (the rest is filler). */
const NAMED: Record<number, string> = {
  0: 'President Lương Cường opened the session.',
  150: 'Donald Trump answered questions.',
  220: 'Later, Cường met business leaders.',
  299: 'Tổng Bí thư Tô Lâm closed the meeting.',
};
const PARAGRAPHS = 300;

/** `[container id, text]` of every highlight the page must get, in page order. */
export const EXPECTED_HIGHLIGHTS = [
  ['p0', 'Lương Cường'],
  ['p150', 'Donald Trump'],
  ['p220', 'Cường'],
  ['p299', 'Tô Lâm'],
];

/** The page's HTML. */
export function longPage(): string {
  const paras = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p id="p${i}">${NAMED[i] ?? 'Nothing named here.'}${FILLER}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body><article>${paras.join('\n')}</article></body></html>`;
}

/** Serve `html` as `/<name>` from a temporary folder (removed on close). */
export async function serveHtml(name: string, html: string): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-page-'));
  writeFileSync(join(dir, name), html);
  const server = await serveFolder(dir);
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serve the page as `/long.html`. */
export function serveLongPage(): Promise<StaticServer> {
  return serveHtml('long.html', longPage());
}

/** In the page: how many ranges Backstory's highlights hold. */
export function highlightCount(): number {
  const all = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  return [...all.values()].reduce((n, h) => n + h.size, 0);
}
