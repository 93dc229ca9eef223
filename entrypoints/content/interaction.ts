/**
 * What the reader does with the names on a page: hover and tap open the card
 * (loaded on first need), the keyboard walks the names, the popup asks what is
 * on the page. Set up once the page has its first mention: a page that names
 * nobody listens to no pointer.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  callBackground,
  callBackgroundResult,
} from '../../lib/shared/messages/content-script-client';
import { markWhenHandled, type BenchTiming } from '../../lib/content/bench-timing';
import type { Highlighter } from '../../lib/content/highlighter';
import { hitTest } from '../../lib/content/hit-test';
import { createHoverController } from '../../lib/content/hover-controller';
import type { MentionStore } from '../../lib/content/mention-store';
import type { PageMatching } from '../../lib/content/page-matching';
import type { Settings } from '../../lib/shared/settings/settings';
import { lazyCard } from './lazy-card';
import { keyboardPath, storedChoices } from './page-controls';
import { cacheRelated } from './related-cache';
import { listenForTaps } from './touch';

/** How long the card waits for the background before it shows its error state. */
const CALL_TIMEOUT_MS = 5000;
/**
 * How long the pointer rests on a name before its articles are asked for (at most a quarter of the
 * hover delay): a pointer swept across a list of names asks for none of them.
 */
export const PREFETCH_REST_MS = 100;

export interface InteractionDeps {
  ctx: ContentScriptContext;
  settings: Settings;
  store: MentionStore;
  highlighter: Highlighter;
  matching: PageMatching;
  timing: BenchTiming;
  signal: AbortSignal;
}

/**
 * The card for this page, loaded lazily, and its related articles cached per
 * entity: `prefetch` asks for an entity's once the pointer has rested on it,
 * while the hover delay runs, so the card opens with them (null: the pointer left).
 */
export function pageCard(
  deps: Pick<InteractionDeps, 'ctx' | 'settings' | 'store' | 'matching' | 'timing' | 'signal'>,
  beforeOpening: () => void,
) {
  const { store, timing } = deps;
  const related = cacheRelated((entityId) =>
    callBackground(
      'relatedArticles',
      { entityId, pageEntityIds: store.entityIds() },
      { timeoutMs: CALL_TIMEOUT_MS },
    ),
  );
  const load = async (): Promise<boolean> =>
    (await callBackgroundResult('loadCard', {}, { timeoutMs: CALL_TIMEOUT_MS })).ok;
  const card = lazyCard(
    deps.ctx,
    {
      entities: deps.matching.entities,
      settings: deps.settings,
      signal: deps.signal,
      loadRelated: markWhenHandled(timing, 'card-ready', related),
      openArticle(id) {
        beforeOpening();
        void callBackground('openArticle', { id }, { timeoutMs: CALL_TIMEOUT_MS });
      },
      onNotOnThisSite: storedChoices.notOnThisSite,
      onHideName: storedChoices.hideName,
    },
    load,
  );
  const rest = Math.min(PREFETCH_REST_MS, deps.settings.hoverDelayMs / 4);
  let resting: ReturnType<typeof setTimeout> | undefined;
  const prefetch = (entityId: string | null): void => {
    clearTimeout(resting);
    if (entityId === null || deps.signal.aborted) return;
    resting = setTimeout(() => void related(entityId).catch(() => undefined), rest);
  };
  deps.signal.addEventListener('abort', () => clearTimeout(resting), { once: true });
  return { card, prefetch };
}

/** What the keyboard and the popup can ask of the names on this page. */
export interface Interaction {
  /** Go to the next / previous mention (of `entityId`) and open its card; resolves whether there was one. */
  go(direction: 'next' | 'previous', entityId?: string): Promise<boolean>;
}

/** Follow the pointer, taps and the keyboard on this page until `deps.signal` aborts. */
export function startInteraction(deps: InteractionDeps): Interaction {
  const { store, highlighter, timing, signal, settings } = deps;
  const { card, prefetch } = pageCard(deps, () => hover.close());
  const hover = createHoverController({
    hitTest: (x, y) => hitTest(store.index, x, y),
    isInsideCard: (event) => card.contains(event),
    onPointerMention(m) {
      highlighter.setActive(m ? [m.range] : null);
      prefetch(m?.found.entityId ?? null);
      if (m) card.preload();
    },
    onOpen(m, x, y) {
      timing.mark('card-open');
      card.show(m, x, y);
    },
    onClose: () => card.hide(),
    hoverDelayMs: settings.hoverDelayMs,
    signal,
  });
  listenForTaps({
    hitTest: (x, y) => hitTest(store.index, x, y),
    isInsideCard: (event) => card.contains(event),
    open: (m, x, y) => card.show(m, x, y),
    close: () => card.hide(),
    signal,
  });
  signal.addEventListener('abort', () => card.hide());
  return keyboardPath(store, highlighter, card);
}
