// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForTaps, type TouchDeps } from '../../../../entrypoints/content/touch';
import type { PageMention } from '../../../../lib/content/page-mention';

const NAME = { id: 'name' } as unknown as PageMention;
let controller = new AbortController();
afterEach(() => controller.abort());

/** Taps on the left half of the page hit the name; the card is the element with id "card". */
function setUp() {
  controller = new AbortController();
  const link = Object.assign(document.createElement('a'), { id: 'link', href: '#story' });
  link.textContent = 'name';
  const card = Object.assign(document.createElement('div'), { id: 'card' });
  document.body.replaceChildren(link, card);
  const deps: TouchDeps = {
    hitTest: (x) => (x < 100 ? NAME : null),
    isInsideCard: (e) => (e.target as Element).id === 'card',
    open: vi.fn(),
    close: vi.fn(),
    signal: controller.signal,
  };
  listenForTaps(deps);
  return deps;
}

/** A touch tap at x on `target`: pointerdown, then the click the browser derives; returns whether the click was cancelled. */
function tap(x: number, target: Element = document.getElementById('link')!): boolean {
  target.dispatchEvent(
    new PointerEvent('pointerdown', {
      pointerType: 'touch',
      clientX: x,
      clientY: 5,
      bubbles: true,
    }),
  );
  const click = new MouseEvent('click', {
    clientX: x,
    clientY: 5,
    bubbles: true,
    cancelable: true,
  });
  target.dispatchEvent(click);
  return click.defaultPrevented;
}

describe('touch taps', () => {
  it('opens the card on a tap on a name and keeps the link from being followed', () => {
    const deps = setUp();
    expect(tap(10)).toBe(true);
    expect(deps.open).toHaveBeenCalledWith(NAME, 10, 5);
  });

  it('follows the link on a second tap while the card is showing', () => {
    const deps = setUp();
    tap(10);
    expect(tap(12)).toBe(false);
    expect(deps.open).toHaveBeenCalledTimes(1);
  });

  it('closes the card on a tap outside it', () => {
    const deps = setUp();
    tap(10);
    tap(300, document.body);
    expect(deps.close).toHaveBeenCalledTimes(1);
  });

  it('opens the card again after a tap inside it (its close button) or Escape', () => {
    const deps = setUp();
    tap(10);
    tap(300, document.getElementById('card')!);
    expect(deps.close).not.toHaveBeenCalled();
    expect(tap(10)).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tap(10)).toBe(true);
    expect(deps.open).toHaveBeenCalledTimes(3);
  });

  it('closes a card it opened when the page scrolls, and opens it again on the next tap', () => {
    const deps = setUp();
    document.dispatchEvent(new Event('scroll'));
    expect(deps.close).not.toHaveBeenCalled();
    tap(10);
    document.dispatchEvent(new Event('scroll'));
    expect(deps.close).toHaveBeenCalledTimes(1);
    expect(tap(10)).toBe(true);
  });

  it('ignores mouse clicks, swipes and clicks without a touch before them', () => {
    const deps = setUp();
    const link = document.getElementById('link')!;
    link.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true }));
    link.click();
    link.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    link.dispatchEvent(new PointerEvent('pointercancel', { pointerType: 'touch', bubbles: true }));
    link.click();
    expect(deps.open).not.toHaveBeenCalled();
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('stops listening when the signal aborts', () => {
    const deps = setUp();
    controller.abort();
    expect(tap(10)).toBe(false);
    expect(deps.open).not.toHaveBeenCalled();
  });
});
