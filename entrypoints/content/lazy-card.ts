/**
 * The card, loaded on first need: the pointer reaching a name (its hover delay
 * gives the load time), a tap, or the keyboard. Until then `hide` does nothing
 * and nothing is inside the card. Showing waits for the load; if the load
 * fails, the next show asks again.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadedCardModule, type CardDeps, type CardUi } from '../../lib/content/card-types';

export interface LazyCard extends CardUi {
  /** Start loading the card now (the pointer is on a name). */
  preload(): void;
}

export function lazyCard(
  ctx: ContentScriptContext,
  deps: CardDeps,
  /** Ask the background to run the card's script in this frame; resolves whether it did. */
  load: () => Promise<boolean>,
): LazyCard {
  let card: CardUi | null = null;
  let loading: Promise<CardUi | null> | null = null;
  const ensure = (): Promise<CardUi | null> => {
    loading ??= (async () => {
      if (!loadedCardModule() && !(await load())) return null;
      const module = loadedCardModule();
      if (!module || deps.signal.aborted) return null;
      card = await module.createCardUi(ctx, deps);
      return card;
    })().then((c) => {
      if (!c) loading = null;
      return c;
    });
    return loading;
  };
  // What to show once the card has loaded; a hide before that cancels it.
  let wanted: Parameters<CardUi['show']> | null = null;
  return {
    preload: () => void ensure(),
    show(...args) {
      if (card) return card.show(...args);
      wanted = args;
      void ensure().then((c) => {
        if (c && wanted) c.show(...wanted);
        wanted = null;
      });
    },
    hide() {
      wanted = null;
      card?.hide();
    },
    contains: (event) => card?.contains(event) ?? false,
  };
}
