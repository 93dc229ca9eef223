/**
 * Functions run inside a real page (passed to `evaluate`) for the real-pages
 * test, the same in Chromium and Firefox. Self-contained: no imports, no
 * closures over test code. They read the page's own world, where the CSS
 * highlight registry is the document's (the content script's world adds to it).
 */

/** The page as text: its DOM, and its text alone; Backstory's host element is left out. */
export interface Snapshot {
  dom: string;
  text: string;
}

/** Serialise the document (attributes, text, comments, open shadow roots), without Backstory's host. */
export function takeSnapshot(): Snapshot {
  let dom = '';
  let text = '';
  const stack: Array<Node | string> = document.documentElement ? [document.documentElement] : [];
  while (stack.length > 0) {
    const node = stack.pop() as Node | string;
    if (typeof node === 'string') {
      dom += node;
      continue;
    }
    if (node.nodeType === 3 || node.nodeType === 8) {
      dom += `#${node.nodeType}:${node.nodeValue}\u0001`;
      if (node.nodeType === 3) text += node.nodeValue;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const el = node as Element;
    if (node.nodeType === 1) {
      if (el.hasAttribute('data-backstory-ui')) continue;
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
      dom += `<${el.nodeName}${attrs}>`;
      stack.push(`</${el.nodeName}>`);
    }
    const kids = [...node.childNodes];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
    if (el.shadowRoot) stack.push('#/shadow', el.shadowRoot, '#shadow');
  }
  return { dom, text };
}

/** A cheap fingerprint of the page and of Backstory's highlights, polled until the page holds still. */
export function pageState(): string {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let ranges = 0;
  for (const [name, h] of registry ?? []) if (name.startsWith('backstory')) ranges += h.size;
  const html = document.documentElement;
  return `${document.readyState} ${html ? html.getElementsByTagName('*').length : 0} ${
    document.body?.textContent?.length ?? 0
  } ${ranges}`;
}

/** How many ranges Backstory has painted (its highlights other than the hover emphasis). */
export function paintedCount(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let n = 0;
  for (const [name, h] of registry ?? [])
    if (name.startsWith('backstory') && name !== 'backstory-active') n += h.size;
  return n;
}

/** Backstory's highlight names in the registry and its adopted style sheets: none until it paints. */
export function backstoryStyles(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let n = 0;
  for (const [name] of registry ?? []) if (name.startsWith('backstory')) n++;
  for (const sheet of document.adoptedStyleSheets)
    if ([...sheet.cssRules].some((rule) => rule.cssText.includes('highlight(backstory-'))) n++;
  return n;
}

/** A box in viewport pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The first painted mention in document order that has a box: scrolled to
 * the middle of the view, then its first line's box and text. Null when none.
 */
export function firstPaintedMention(): { text: string; box: Rect } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const ranges: Range[] = [];
  for (const [name, h] of registry ?? []) {
    if (!name.startsWith('backstory') || name === 'backstory-active') continue;
    for (const r of h) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.getClientRects().length > 0) ranges.push(live);
    }
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const first = ranges[0];
  if (!first) return null;
  first.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = first.getClientRects()[0];
  if (!r) return null;
  return {
    text: first.toString(),
    box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
  };
}

/** Run in the card's shadow root: the card's box and the viewport, or null while no card is shown. */
export function cardBox(root: ShadowRoot): { box: Rect; width: number; height: number } | null {
  const card = root.querySelector('[role="dialog"]');
  if (!card?.querySelector('.bs-row, [role="alert"], .bs-state')) return null;
  const r = card.getBoundingClientRect();
  if (r.width === 0) return null;
  return {
    box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  };
}
