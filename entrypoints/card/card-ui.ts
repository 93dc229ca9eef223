/**
 * The hover card on the page: a closed shadow root hung off `<html>` (so page CSS
 * cannot reach it and page scripts get `null` from `host.shadowRoot`; only this
 * script keeps the root), mounted while a card is shown and removed when it closes.
 * This module mounts, fetches, positions and moves focus; `HoverCard` only renders props.
 * It is loaded into the content script's world on a page's first hover (`card/index.ts`).
 */
import { h, render } from 'preact';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard, type CardStatus } from '../../components/card/HoverCard';
import themeCss from '../../components/shared/theme.css?inline';
import articleListCss from '../../components/shared/article-list.css?inline';
import hoverCardCss from '../../components/card/hover-card.css?inline';

/** The card's styles, put into its shadow root (`:root` rules apply to the host there). */
const CARD_CSS = [themeCss, articleListCss, hoverCardCss].join('\n').replaceAll(':root', ':host');
import type { BackgroundCalls } from '../../lib/shared/messages/protocol';
import type { CardDeps, CardUi } from '../../lib/content/card-types';
import type { PageMention } from '../../lib/content/page-mention';
import { anchorBox, placeCard } from '../../lib/content/card-position';
import { pageLook, type PageLook } from './page-look';

type Related = BackgroundCalls['relatedArticles']['response'];

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
export async function createCardUi(ctx: ContentScriptContext, options: CardDeps): Promise<CardUi> {
  const deps: CardDeps & PageLook = { ...options, ...pageLook(options.settings) };
  let shown: Shown | null = null;
  let token = 0;
  let returnFocus: Element | null = null;
  const ui: ShadowRootContentScriptUi<HTMLDivElement> = await createShadowRootUi(ctx, {
    name: 'backstory-card',
    css: CARD_CSS,
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

function cardFor(s: Shown, deps: CardDeps & PageLook, retry: () => void, close: () => void) {
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
function announce(frame: HTMLDivElement, s: Shown, deps: CardDeps & PageLook): void {
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
