/**
 * `page.setViewport` for Firefox over WebDriver BiDi. puppeteer-core sends the
 * viewport and a screen-orientation override together; Firefox 140 ESR does not
 * know `emulation.setScreenOrientationOverride` and fails the pair although the
 * viewport itself is set. That one refusal is let through once the page shows
 * the asked size; any other error, or a size not taken, still fails.
 */
import type { Page } from 'puppeteer-core';

export async function setFirefoxViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (err) {
    if (!String(err).includes('unknown command emulation.setScreenOrientationOverride')) throw err;
    // The refusal can come back before the viewport command has been carried out.
    let size: number[] = [];
    for (let tries = 0; tries < 20; tries++) {
      size = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (size[0] === width && size[1] === height) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (size[0] !== width || size[1] !== height)
      throw new Error(
        `Firefox did not take the viewport ${width}×${height} (it is ${size.join('×')})`,
        {
          cause: err,
        },
      );
  }
}
