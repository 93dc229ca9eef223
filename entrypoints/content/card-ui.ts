/**
 * The hover card on the page: a closed shadow root hung off `<html>` (so page CSS
 * cannot reach it and page scripts get `null` from `host.shadowRoot`; only this
 * script keeps the root), mounted while a card is shown and removed when it closes.
 * This class mounts, fetches, positions and moves focus; `HoverCard` only renders props.
 */
import { h, render } from 'preact';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard, type CardStatus } from '../../components/HoverCard';
import type { Translator } from '../../lib/i18n/translator';
import type { BackgroundCalls } from '../../lib/messages/protocol';
import type { MatcherEntity } from '../../lib/match/types';
import type { PageMention } from '../../lib/page/page-mention';
import type { Theme } from '../../lib/settings/theme';
import { anchorBox, placeCard } from '../../lib/page/card-position';

type Related = BackgroundCalls['relatedArticles']['response'];

export interface CardDeps {
  entities: ReadonlyMap<string, MatcherEntity>;
  t: Translator;
  /** The theme decided for this page (the setting, or the page's own scheme on "auto"). */
  theme: () => Theme;
  /** The page's publication day, when it says. */
  pageDate: string | null;
  /** Related articles for an entity (cached by the caller or not: the card asks once per opening). */
  loadRelated(entityId: string): Promise<Related>;
  openArticle(id: string): void;
  onNotOnThisSite(): void;
  onHideName(entityId: string): void;
  signal: AbortSignal;
}

export interface CardUi {
  /** Show the card for `mention`; with `focus`, move keyboard focus into it (Escape gives it back). */
  show(mention: PageMention, x: number, y: number, options?: { focus?: boolean }): void;
  hide(): void;
  /** Whether an event happened inside the card (events from a shadow root are retargeted to its host). */
  contains(event: Event): boolean;
}

interface Shown {
  mention: PageMention;
  x: number;
  y: number;
  status: CardStatus;
  related: Related | null;
  token: number;
  focus: boolean;
}

/** Create (but do not mount) the card's shadow root UI. */
export async function createCardUi(ctx: ContentScriptContext, deps: CardDeps): Promise<CardUi> {
  let shown: Shown | null = null;
  let token = 0;
  let returnFocus: Element | null = null;
  const ui: ShadowRootContentScriptUi<HTMLDivElement> = await createShadowRootUi(ctx, {
    name: 'backstory-card',
    mode: 'closed',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(container) {
      const frame = document.createElement('div');
      frame.className = 'bs-card-frame';
      const live = document.createElement('div');
      live.className = 'bs-live';
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      container.append(frame, live);
      return frame;
    },
    onRemove: (frame) => frame && render(null, frame),
  });
  // page-text.ts skips anything carrying this attribute, so the card's own text is never scanned.
  ui.shadowHost.setAttribute('data-backstory-ui', '');

  const paint = (): void => {
    const frame = ui.mounted;
    if (!frame || !shown) return;
    frame.dataset.bsTheme = deps.theme();
    render(cardFor(shown, deps, reload, hide), frame);
    position(frame, shown);
    if (shown.status !== 'loading') announce(frame, shown, deps);
    if (shown.focus && shown.status !== 'loading') {
      shown.focus = false;
      // The first article, so Enter opens it; the close button when there is none.
      (
        frame.querySelector<HTMLElement>('.bs-row-button') ??
        frame.querySelector<HTMLElement>('.bs-close')
      )?.focus();
    }
  };
  const load = (): void => {
    if (!shown) return;
    const s = shown;
    s.status = 'loading';
    deps.loadRelated(s.mention.found.entityId).then(
      (related) => update(s.token, { status: 'ready', related }),
      () => update(s.token, { status: 'error', related: null }),
    );
  };
  const reload = (): void => {
    load();
    paint();
  };
  const update = (t: number, patch: Pick<Shown, 'status' | 'related'>): void => {
    if (!shown || shown.token !== t) return;
    Object.assign(shown, patch);
    paint();
  };
  const hide = (): void => {
    const hadFocus = ui.shadow.activeElement;
    shown = null;
    if (ui.mounted) ui.remove();
    // Give focus back to where the reader was, not to the top of the page.
    if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && shown) hide();
    },
    { capture: true, signal: deps.signal },
  );
  return {
    show(mention, x, y, options = {}) {
      if (options.focus) returnFocus = document.activeElement;
      shown = {
        mention,
        x,
        y,
        status: 'loading',
        related: null,
        token: ++token,
        focus: !!options.focus,
      };
      if (!ui.mounted) ui.mount();
      reload();
    },
    hide,
    contains: (event) => event.composedPath().includes(ui.shadowHost),
  };
}

function cardFor(s: Shown, deps: CardDeps, retry: () => void, close: () => void) {
  const { found, kind } = s.mention;
  return h(HoverCard, {
    key: s.token,
    entity: s.related?.entity ?? null,
    fallbackName: deps.entities.get(found.entityId)?.name ?? found.surface,
    kind,
    status: s.status,
    articles: s.related?.articles ?? [],
    why: { surface: found.surface, alias: found.alias, rule: found.rule },
    locale: deps.t.locale,
    t: deps.t,
    pageDate: deps.pageDate,
    onOpenArticle: deps.openArticle,
    onRetry: retry,
    onNotOnThisSite: deps.onNotOnThisSite,
    onHideName: () => deps.onHideName(found.entityId),
    onClose: close,
  });
}

/** Tell screen readers what opened: the name and how many articles (a live region outside the card's own tree). */
function announce(frame: HTMLDivElement, s: Shown, deps: CardDeps): void {
  const live = frame.parentElement?.querySelector('.bs-live');
  const name =
    s.related?.entity?.name[deps.t.lang] ?? deps.entities.get(s.mention.found.entityId)?.name;
  const text = deps.t(
    'cardAnnounce',
    name ?? s.mention.found.surface,
    s.related?.articles.length ?? 0,
  );
  if (live && live.textContent !== text) live.textContent = text;
}

/** Put the card next to the mention under the pointer, inside the viewport, never over the mention. */
function position(frame: HTMLDivElement, s: Shown): void {
  const card = frame.firstElementChild;
  const anchor = anchorBox(s.mention.range.getClientRects(), s.x, s.y);
  if (!card || !anchor) return;
  frame.style.removeProperty('--bs-card-max');
  const size = card.getBoundingClientRect();
  const viewport = document.documentElement;
  const at = placeCard(anchor, size, {
    width: viewport.clientWidth,
    height: viewport.clientHeight,
  });
  frame.style.left = `${at.left}px`;
  frame.style.top = `${at.top}px`;
  frame.style.setProperty('--bs-card-max', `${at.maxHeight}px`);
}
