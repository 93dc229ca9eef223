/**
 * Whether the hover card shows some text yet. The card lives in a closed
 * shadow root that page scripts cannot open; Chromium's debugging protocol
 * reads through it (DOM.getDocument with pierce), with no hook in the product.
 */
import type { Page } from 'playwright-core';

interface DomNode {
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function hasText(node: DomNode, needle: string): boolean {
  if (node.nodeValue?.includes(needle)) return true;
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].some((n) => hasText(n, needle));
}

/** Wait until `needle` appears anywhere in the page, shadow roots included (10 s at most). */
export async function waitForText(page: Page, needle: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let tries = 0; tries < 100; tries++) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
        root: DomNode;
      };
      if (hasText(root, needle)) return;
      await page.waitForTimeout(100);
    }
    throw new Error(`"${needle}" never appeared on ${page.url()}`);
  } finally {
    await cdp.detach();
  }
}
