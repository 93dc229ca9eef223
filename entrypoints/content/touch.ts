/**
 * Touch screens have no hover: a tap on a highlighted name opens its card (the
 * tap does not follow a link the name sits in, a second tap does), and a tap
 * anywhere outside the card closes it.
 */
import type { PageMention } from '../../lib/page/page-mention';

export interface TouchDeps {
  hitTest(x: number, y: number): PageMention | null;
  isInsideCard(event: Event): boolean;
  open(mention: PageMention, x: number, y: number): void;
  close(): void;
  signal: AbortSignal;
}

/** Listen for taps until `signal` aborts. */
export function listenForTaps(deps: TouchDeps, doc: Document = document): void {
  let opened: PageMention | null = null;
  let tap: { x: number; y: number; mention: PageMention | null } | null = null;
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (e.pointerType !== 'touch' || deps.isInsideCard(e)) return;
      tap = { x: e.clientX, y: e.clientY, mention: deps.hitTest(e.clientX, e.clientY) };
    },
    { capture: true, passive: true, signal: deps.signal },
  );
  doc.addEventListener(
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
    { capture: true, signal: deps.signal },
  );
}
