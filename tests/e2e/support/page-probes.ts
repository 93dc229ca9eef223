/**
 * Functions that run inside the page under test (passed to `evaluate`), so
 * the Chromium and Firefox tests probe the page the same way. They must be
 * self-contained: no imports, no closures over test code.
 */

export interface HighlightProbe {
  name: string;
  text: string;
  /** id of the closest element with an id around the range's start. */
  container: string;
}

/** Every range in every CSS highlight registered on the page. */
export function readHighlights(): HighlightProbe[] {
  const out: HighlightProbe[] = [];
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return out;
  for (const [name, highlight] of registry) {
    for (const range of highlight) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const start = range.startContainer;
      const element = start instanceof Element ? start : start.parentElement;
      out.push({ name, text: live.toString(), container: element?.closest('[id]')?.id ?? '' });
    }
  }
  return out;
}

/** The centre of the first occurrence of `text` inside the element with `id`, in viewport pixels. */
export function centreOfText([id, text]: [string, string]): { x: number; y: number } | null {
  const root = document.getElementById(id);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (!rect) return null;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Whether a highlight on the page holds a range: Backstory has painted (registering alone is not enough). Runs in the page. */
export function hasPaintedHighlight(): boolean {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  return !!registry && [...registry.values()].some((h) => h.size > 0);
}
