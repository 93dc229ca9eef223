/**
 * The hover card on the page: a shadow root hung off `<html>` (so page CSS
 * cannot reach it), mounted while a card is shown and removed when it closes.
 * This class mounts, fetches and positions; `HoverCard` only renders props.
 */
import { h, render } from 'preact';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard, type CardStatus } from '../../components/HoverCard';
import type { BackgroundCalls } from '../../lib/messages/protocol';
import type { MatcherEntity } from '../../lib/match/types';
import type { PageMention } from '../../lib/page/page-mention';
import { anchorBox, placeCard } from '../../lib/page/card-position';

type Related = BackgroundCalls['relatedArticles']['response'];

export interface CardDeps {
  entities: ReadonlyMap<string, MatcherEntity>;
  locale: string;
  /** Related articles for an entity (cached by the caller or not: the card asks once per opening). */
  loadRelated(entityId: string): Promise<Related>;
  openArticle(id: string): void;
  onNotOnThisSite(): void;
}

export interface CardUi {
  show(mention: PageMention, x: number, y: number): void;
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
}

/** Create (but do not mount) the card's shadow root UI. */
export async function createCardUi(ctx: ContentScriptContext, deps: CardDeps): Promise<CardUi> {
  let shown: Shown | null = null;
  let token = 0;
  const ui: ShadowRootContentScriptUi<HTMLDivElement> = await createShadowRootUi(ctx, {
    name: 'backstory-card',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(container) {
      const frame = document.createElement('div');
      frame.className = 'bs-card-frame';
      container.append(frame);
      return frame;
    },
    onRemove: (frame) => frame && render(null, frame),
  });
  // page-text.ts skips anything carrying this attribute, so the card's own text is never scanned.
  ui.shadowHost.setAttribute('data-backstory-ui', '');

  const paint = (): void => {
    const frame = ui.mounted;
    if (!frame || !shown) return;
    render(cardFor(shown, deps, reload), frame);
    position(frame, shown);
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
  return {
    show(mention, x, y) {
      shown = { mention, x, y, status: 'loading', related: null, token: ++token };
      if (!ui.mounted) ui.mount();
      reload();
    },
    hide() {
      shown = null;
      if (ui.mounted) ui.remove();
    },
    contains: (event) => event.composedPath().includes(ui.shadowHost),
  };
}

function cardFor(s: Shown, deps: CardDeps, retry: () => void) {
  const { found, kind } = s.mention;
  return h(HoverCard, {
    key: s.token,
    entity: s.related?.entity ?? null,
    fallbackName: deps.entities.get(found.entityId)?.name ?? found.surface,
    kind,
    status: s.status,
    articles: s.related?.articles ?? [],
    why: { surface: found.surface, alias: found.alias, rule: found.rule },
    locale: deps.locale,
    onOpenArticle: deps.openArticle,
    onRetry: retry,
    onNotOnThisSite: deps.onNotOnThisSite,
  });
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
