/**
 * The size of a headless Firefox's window, set when it starts. Every tab it
 * opens has that width (its height less the few pixels Firefox keeps for
 * itself). Firefox 140 ESR refuses the screen-orientation command that
 * puppeteer-core sends with each `page.setViewport`, so the size is given at
 * launch and puppeteer is told to leave it alone. A new window (not a tab)
 * may open at Firefox's own default size.
 */
export function firefoxWindow(width: number, height: number) {
  return { args: [`--width=${width}`, `--height=${height}`], defaultViewport: null };
}
