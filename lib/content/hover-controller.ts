/**
 * When to open and close the card. Pointer moves are sampled once per
 * animation frame; the mention under the pointer is emphasised at once and
 * its card opens after a hover delay; leaving the mention closes the card
 * after a grace delay unless the pointer reaches the card; Escape and any
 * page scroll close it. Everything is undone by aborting the signal.
 */

export interface HoverControllerOptions<M> {
  /** The mention at a viewport point, or null. */
  hitTest(x: number, y: number): M | null;
  /** Whether an event comes from inside Backstory's own card. */
  isInsideCard(event: Event): boolean;
  /** The mention under the pointer changed (null when none): emphasise it. */
  onPointerMention(mention: M | null): void;
  /** Show the card for `mention`; `x`, `y` is where the pointer rests. */
  onOpen(mention: M, x: number, y: number): void;
  onClose(): void;
  signal: AbortSignal;
  /** Milliseconds the pointer rests on a mention before the card opens (DESIGN: 300–500). */
  hoverDelayMs?: number;
  /** Milliseconds the card stays after the pointer leaves, so it can travel to the card. */
  graceDelayMs?: number;
  win?: Window;
}

export interface HoverController {
  /** Close the card now (and forget the pending open). */
  close(): void;
}

export const DEFAULT_HOVER_DELAY_MS = 400;
export const DEFAULT_GRACE_DELAY_MS = 300;

/** Start following the pointer; stops when `options.signal` aborts. */
export function createHoverController<M>(options: HoverControllerOptions<M>): HoverController {
  const win = options.win ?? window;
  const { signal } = options;
  const hoverDelay = options.hoverDelayMs ?? DEFAULT_HOVER_DELAY_MS;
  const graceDelay = options.graceDelayMs ?? DEFAULT_GRACE_DELAY_MS;
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let under: M | null = null;
  let open: M | null = null;
  let openTimer = 0;
  let closeTimer = 0;

  const clearTimers = (): void => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
    openTimer = closeTimer = 0;
  };
  const setUnder = (m: M | null): void => {
    if (m === under) return;
    under = m;
    options.onPointerMention(m);
  };
  const close = (): void => {
    clearTimers();
    setUnder(null);
    if (open === null) return;
    open = null;
    options.onClose();
  };
  const scheduleClose = (): void => {
    win.clearTimeout(openTimer);
    openTimer = 0;
    if (open !== null && closeTimer === 0) closeTimer = win.setTimeout(close, graceDelay);
  };
  const sample = (): void => {
    frame = 0;
    if (!pointer) return;
    const { x, y } = pointer;
    const m = options.hitTest(x, y);
    setUnder(m);
    if (m === null) return scheduleClose();
    win.clearTimeout(closeTimer);
    closeTimer = 0;
    if (m === open) return;
    win.clearTimeout(openTimer);
    openTimer = win.setTimeout(() => {
      openTimer = 0;
      open = m;
      options.onOpen(m, x, y);
    }, hoverDelay);
  };
  listen(win, options, {
    move(e) {
      if (options.isInsideCard(e)) {
        pointer = null;
        win.clearTimeout(closeTimer);
        win.clearTimeout(openTimer);
        closeTimer = openTimer = 0;
        return;
      }
      pointer = { x: e.clientX, y: e.clientY };
      if (frame === 0) frame = win.requestAnimationFrame(sample);
    },
    leave: () => {
      pointer = null;
      setUnder(null);
      scheduleClose();
    },
    close,
  });
  signal.addEventListener('abort', () => {
    win.cancelAnimationFrame(frame);
    clearTimers();
  });
  return { close };
}

interface Handlers {
  move(e: PointerEvent): void;
  leave(): void;
  close(): void;
}

/** The page listeners, all removed by the signal. */
function listen<M>(win: Window, options: HoverControllerOptions<M>, h: Handlers): void {
  const { signal } = options;
  const doc = win.document;
  doc.addEventListener('pointermove', h.move, { passive: true, signal });
  doc.documentElement.addEventListener('pointerleave', h.leave, { passive: true, signal });
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') h.close();
    },
    { capture: true, signal },
  );
  // Scroll events do not cross shadow roots, so a scroll inside the card never gets here.
  win.addEventListener('scroll', h.close, { capture: true, passive: true, signal });
}
