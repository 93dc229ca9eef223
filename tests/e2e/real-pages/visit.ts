/**
 * One visit to a real page, written once for both browsers' page objects
 * (playwright-core and puppeteer-core share `evaluate` and `mouse.move`):
 * wait for it to hold still, take its snapshot, and with Backstory hover its
 * first painted mention and read the card's box through the debugging protocol.
 */
import { evaluateInCard, type AnyPage } from '../support/card-root';
import {
  backstoryStyles,
  cardBox,
  firstPaintedMention,
  pageState,
  paintedCount,
  takeSnapshot,
} from './probes';
import type { Visit } from './real-pages';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Both page types, as far as this file needs them. */
type Evaluate = <R, A>(fn: (arg: A) => R, arg?: A) => Promise<R>;
const run = (page: AnyPage) => (page as unknown as { evaluate: Evaluate }).evaluate.bind(page);

/**
 * Poll until the page's fingerprint has not changed for three reads in a row
 * and it has loaded (at least `minMs`, at most `maxMs`). With `painted`, also
 * until Backstory has painted something (a page that names an entity).
 */
export async function holdStill(page: AnyPage, painted: boolean, minMs = 700, maxMs = 10_000) {
  const start = Date.now();
  let last = '';
  let same = 0;
  for (;;) {
    const state = await run(page)(pageState).catch(() => '');
    same = state === last ? same + 1 : 0;
    last = state;
    const loaded = state.startsWith('complete') && (!painted || !state.endsWith(' 0'));
    const elapsed = Date.now() - start;
    if ((loaded && same >= 3 && elapsed >= minMs) || elapsed > maxMs) return;
    await sleep(150);
  }
}

/** Rest the pointer on the first painted mention until a card opens (up to ~8 s); null without a mention. */
async function hoverCard(page: AnyPage): Promise<Visit['card']> {
  const mention = await run(page)(firstPaintedMention);
  if (!mention) return null;
  await sleep(200); // the scroll that brought it into view has closed any card and settled
  let box = mention.box;
  for (let attempt = 0; attempt < 8; attempt++) {
    // Read the mention's place again each time: a page still laying out (late fonts, ads) moves it.
    box = (await run(page)(firstPaintedMention))?.box ?? box;
    const x = (box.left + box.right) / 2;
    const y = (box.top + box.bottom) / 2;
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y);
    const end = Date.now() + 1000;
    while (Date.now() < end) {
      const card = await evaluateInCard(page, cardBox).catch(() => null);
      if (card) return { mention: box, card: card.box, viewport: card };
      await sleep(100);
    }
  }
  const viewport = await run(page)(() => ({ width: innerWidth, height: innerHeight }));
  return { mention: box, card: null, viewport };
}

/** After the page has loaded: hold still, snapshot, count highlights and (with `hover`) check the card. */
export async function inspect(
  page: AnyPage,
  expectPaint: boolean,
  hover: boolean,
): Promise<Omit<Visit, 'errors' | 'outside'>> {
  await holdStill(page, expectPaint);
  const snapshot = await run(page)(takeSnapshot);
  const painted = await run(page)(paintedCount);
  const styles = await run(page)(backstoryStyles);
  const card = hover && painted > 0 ? await hoverCard(page) : undefined;
  return { snapshot, painted, styles, ...(card === undefined ? {} : { card }) };
}
