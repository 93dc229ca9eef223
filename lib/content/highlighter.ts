/**
 * Highlights mentions with the CSS Custom Highlight API: ranges are
 * registered in `CSS.highlights` and painted by `::highlight()` rules, so the
 * page's DOM is never touched (React and similar pages keep working).
 * See https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API.
 */
import type { EntityKind } from '../shared/corpus/types';
import { adoptSheet } from './adopted-sheet';
import { KIND_COLOURS } from '../shared/kind-colours';
import type { HighlightStyle } from '../shared/settings/settings';

/** Highlight names: one per entity kind, plus the mention under the pointer. */
export const HIGHLIGHT_NAMES: Record<EntityKind | 'active', string> = {
  leader: 'backstory-leader',
  agreement: 'backstory-agreement',
  event: 'backstory-event',
  organisation: 'backstory-organisation',
  active: 'backstory-active',
};

// Half-transparent on each kind's colour: reads on light and on dark pages alike. Only
// `background-color`, `color`, `text-decoration` and `text-shadow` apply to `::highlight()`;
// the active one is the same hue, stronger, with a solid line.

/** The document stylesheet text for every highlight name, in the reader's `style`. */
export function highlightCss(style: HighlightStyle = 'underline'): string {
  const kinds = Object.entries(KIND_COLOURS).map(
    ([kind, rgb]) =>
      `::highlight(${HIGHLIGHT_NAMES[kind as EntityKind]}) { ` +
      (style === 'band'
        ? `background-color: rgb(${rgb} / 0.22); text-decoration: none; }`
        : `background-color: rgb(${rgb} / 0.13); text-decoration: underline dotted rgb(${rgb} / 0.9); ` +
          `text-decoration-thickness: 2px; text-underline-offset: 3px; }`),
  );
  const active =
    `::highlight(${HIGHLIGHT_NAMES.active}) { background-color: rgb(214 137 16 / 0.32); ` +
    `text-decoration: underline solid rgb(214 137 16); text-decoration-thickness: 2px; text-underline-offset: 3px; }`;
  return [...kinds, active].join('\n');
}

export interface Highlighter {
  /** Whether this browser can paint highlights at all (CSS.highlights exists). */
  readonly supported: boolean;
  /** Register `range` in its kind's highlight: from the next frame it is painted. */
  add(kind: EntityKind, range: AbstractRange): void;
  remove(kind: EntityKind, range: AbstractRange): void;
  /** Emphasise the ranges of one mention (the one under the pointer), or none. */
  setActive(ranges: readonly AbstractRange[] | null): void;
  /** Unregister every highlight and remove the stylesheet: the page is as it was; later ranges are ignored. */
  destroy(): void;
}

type Registry = Map<string, Highlight>;

function registryOf(doc: Document): Registry | null {
  const css = doc.defaultView?.CSS as { highlights?: Registry } | undefined;
  const HighlightCtor = doc.defaultView?.Highlight;
  return css?.highlights && HighlightCtor ? css.highlights : null;
}

/**
 * The highlights in `doc`, in the reader's `style`. The `::highlight()` rules
 * go into an adopted sheet (adopted-sheet.ts) because a shadow root's styles
 * do not reach the light DOM, and an adopted sheet adds no node to the page.
 * Sheet and highlights are made when the first range is added: a page that
 * names nobody gets neither (and no style recalculation for them). Where the
 * API is missing (Firefox before 140, old Chromium) this returns a highlighter
 * that paints nothing: mentions are still hit-tested, so cards still open.
 * Which ranges are given to it is the paint window's choice (paint-window.ts).
 */
export function createHighlighter(
  doc: Document = document,
  style: HighlightStyle = 'underline',
): Highlighter {
  const registry = registryOf(doc);
  const view = doc.defaultView;
  if (!registry || !view)
    return { supported: false, add() {}, remove() {}, setActive() {}, destroy() {} };
  const highlights = new Map<string, Highlight>();
  let unadopt: (() => void) | null = null;
  let destroyed = false;
  const get = (kind: EntityKind | 'active'): Highlight => {
    if (highlights.size === 0) {
      unadopt = adoptSheet(doc, highlightCss(style));
      for (const name of Object.values(HIGHLIGHT_NAMES)) {
        const h = new view.Highlight();
        if (name === HIGHLIGHT_NAMES.active) h.priority = 1;
        highlights.set(name, h);
        registry.set(name, h);
      }
    }
    return highlights.get(HIGHLIGHT_NAMES[kind]) as Highlight;
  };
  return {
    supported: true,
    add(kind, range) {
      if (!destroyed) get(kind).add(range);
    },
    remove(kind, range) {
      if (highlights.size > 0) get(kind).delete(range);
    },
    setActive(ranges) {
      if (destroyed || (highlights.size === 0 && !ranges?.length)) return;
      const active = get('active');
      active.clear();
      for (const r of ranges ?? []) active.add(r);
    },
    destroy() {
      destroyed = true;
      for (const [name, h] of highlights) if (registry.get(name) === h) registry.delete(name);
      highlights.clear();
      unadopt?.();
      unadopt = null;
    },
  };
}
