/**
 * `page.setViewport` for Firefox over WebDriver BiDi. puppeteer-core sends the
 * viewport and a screen-orientation override together; Firefox 140 ESR does not
 * know `emulation.setScreenOrientationOverride` and fails the pair, and the
 * viewport may or may not have been set. On that one refusal the viewport is
 * sent again on its own (`browsingContext.setViewport`) and the page must then
 * show the asked size; any other error, or a size not taken, still fails.
 */
import type { Browser, Page } from 'puppeteer-core';

/** The parts of puppeteer-core's BiDi objects this needs (public in its BiDi classes, not in its types). */
interface BidiConnection {
  send(method: string, params: unknown): Promise<unknown>;
}
type BidiBrowser = Browser & { connection: BidiConnection };
type BidiFrame = { _id: string };

export async function setFirefoxViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
    return;
  } catch (err) {
    if (!String(err).includes('unknown command emulation.setScreenOrientationOverride')) throw err;
    const connection = (page.browser() as BidiBrowser).connection;
    const context = (page.mainFrame() as unknown as BidiFrame)._id;
    await connection.send('browsingContext.setViewport', { context, viewport: { width, height } });
    // The page reports the new size once Firefox has laid it out again.
    let size: number[] = [];
    for (let tries = 0; tries < 40; tries++) {
      size = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (size[0] === width && size[1] === height) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (size[0] !== width || size[1] !== height)
      throw new Error(
        `Firefox did not take the viewport ${width}×${height} (it is ${size.join('×')})`,
        { cause: err },
      );
  }
}
