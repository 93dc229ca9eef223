/**
 * Touch screens have no hover: a tap on a highlighted name opens its card (the
 * tap does not follow a link the name sits in, a second tap does), and a tap
 * anywhere outside the card, or scrolling the page, closes it.
 */
import type { PageMention } from '../../lib/content/page-mention';

export interface TouchDeps {
  hitTest(x: number, y: number): PageMention | null;
  isInsideCard(event: Event): boolean;
  open(mention: PageMention, x: number, y: number): void;
  close(): void;
  signal: AbortSignal;
}

/** Listen for taps until `signal` aborts. */
export function listenForTaps(deps: TouchDeps, doc: Document = document): void {
  const { signal } = deps;
  // The mention whose card a tap opened and that is still showing, so a second tap on it follows its link.
  let opened: PageMention | null = null;
  let tap: { x: number; y: number; mention: PageMention | null } | null = null;
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    listener: (e: DocumentEventMap[K]) => void,
    passive = true,
  ): void => doc.addEventListener(type, listener, { capture: true, passive, signal });

  on('pointerdown', (e) => {
    tap = null;
    if (e.pointerType !== 'touch') return;
    // A tap in the card may close it (its close button, "Not on this site"): the next tap on the name opens it again.
    if (deps.isInsideCard(e)) opened = null;
    else tap = { x: e.clientX, y: e.clientY, mention: deps.hitTest(e.clientX, e.clientY) };
  });
  // A swipe (the browser took the touch to scroll) is no tap: no click may act on it.
  on('pointercancel', () => (tap = null));
  on('keydown', (e) => {
    if (e.key === 'Escape') opened = null;
  });
  // The card is fixed in the viewport: once the page moves under it, it no longer points at its name.
  on('scroll', () => {
    if (!opened) return;
    opened = null;
    deps.close();
  });
  on(
    'click',
    (e) => {
      const t = tap;
      tap = null;
      if (!t) return;
      if (t.mention && t.mention !== opened) {
        e.preventDefault();
        opened = t.mention;
        deps.open(t.mention, t.x, t.y);
      } else if (!t.mention) {
        opened = null;
        deps.close();
      }
    },
    false,
  );
}
