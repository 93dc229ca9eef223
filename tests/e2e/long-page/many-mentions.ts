/**
 * A page with far more mentions than the highlights registered at once, and
 * the scenario the Chromium and Firefox tests both run on it.
 */
import { expect } from 'vitest';
import { PAINT_LIMIT } from '../../../lib/content/paint-window';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { readCardText, type AnyPage } from '../support/card-root';
import { centreOfText } from '../support/page-probes';
import { serveHtml } from './long-page';

export const PARAGRAPHS = 2000;
/** Two mentions a paragraph. */
export const MENTIONS = 2 * PARAGRAPHS;

/** Serve the page as `/many.html`. */
export function serveManyMentions(): Promise<StaticServer> {
  const paras = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p id="p${i}">Paragraph ${i}: Donald Trump spoke with Tô Lâm about trade.</p>`,
  );
  // The bench's meta: the content script then answers how many mentions it holds (bench-timing.ts).
  return serveHtml(
    'many.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="backstory-bench"><title>Many</title></head><body>${paras.join('\n')}</body></html>`,
  );
}

/** In the page: how many mentions the content script holds, asked the way the bench asks. */
function mentionCount(): number {
  document.dispatchEvent(new CustomEvent('backstory-bench-count'));
  const marks = performance
    .getEntriesByType('mark')
    .filter((e) => e.name.startsWith('backstory:count:'));
  return Number(marks.at(-1)?.name.split(':')[2] ?? 0);
}

/** In the page: the numbers of the paragraphs with a registered highlight, and how many ranges are registered. */
function paintedParagraphs(): { paragraphs: number[]; ranges: number } {
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

/**
 * On the loaded page: every mention is found, at most the limit registered, those near the view only,
 * following the scroll; a mention that came into view by scrolling opens its card.
 */
export async function expectHighlightsFollowTheView(page: AnyPage): Promise<void> {
  // Both browsers' pages take (function, argument); their types differ only in overloads.
  const run = <R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R> =>
    (page.evaluate as (f: (arg: A) => R, a?: A) => Promise<R>).call(page, fn, arg);
  const painted = () => run(paintedParagraphs);
  const shown = async () => (await painted()).paragraphs;

  await expect.poll(() => run(mentionCount), { timeout: 15_000 }).toBe(MENTIONS);
  await expect.poll(shown, { timeout: 5000 }).toContain(0);
  expect((await painted()).paragraphs).not.toContain(PARAGRAPHS - 1);
  expect((await painted()).ranges).toBeLessThanOrEqual(PAINT_LIMIT);

  await run(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(shown, { timeout: 5000 }).toContain(PARAGRAPHS - 1);
  expect((await painted()).paragraphs).not.toContain(0);
  expect((await painted()).ranges).toBeLessThanOrEqual(PAINT_LIMIT);

  const point = await run(centreOfText, [`p${PARAGRAPHS - 3}`, 'Tô Lâm'] as [string, string]);
  if (!point) throw new Error('no Tô Lâm near the bottom');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => readCardText(page), { timeout: 10_000 }).toContain('Tô Lâm');

  // Content put in above the view moves the text under a page that does not scroll (no scroll
  // anchoring here): what now sits in the view is painted, with no new mention and no scroll.
  const centre = () =>
    run(() => {
      // The first paragraph down from the middle of the view (the middle may fall between two).
      for (let y = innerHeight / 2; y < innerHeight; y += 4) {
        const id = document.elementFromPoint(innerWidth / 2, y)?.closest('p')?.id;
        if (id) return Number(id.slice(1));
      }
      return NaN;
    });
  await run(() => {
    document.documentElement.style.overflowAnchor = 'none';
    document.body.style.overflowAnchor = 'none';
    window.scrollTo(0, document.body.scrollHeight / 2);
  });
  const before = await centre();
  await expect.poll(shown, { timeout: 5000 }).toContain(before);
  await run(() => {
    const spacer = document.createElement('div');
    spacer.style.height = `${document.body.scrollHeight / 4}px`;
    document.body.prepend(spacer);
  });
  const moved = { before, after: await centre() };
  expect(moved.before - moved.after).toBeGreaterThan(100);
  await expect.poll(shown, { timeout: 5000 }).toContain(moved.after);
  expect((await painted()).paragraphs).not.toContain(moved.before);
}
