// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lazyCard } from '../../../../entrypoints/content/lazy-card';
import { CARD_GLOBAL, type CardDeps, type CardUi } from '../../../../lib/content/card-types';
import type { PageMention } from '../../../../lib/content/page-mention';
import { DEFAULT_SETTINGS } from '../../../../lib/shared/settings/settings';

const ctx = {} as ContentScriptContext;
const mention = {} as PageMention;
const global = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete global[CARD_GLOBAL];
});

function deps(): CardDeps {
  return {
    entities: new Map(),
    settings: DEFAULT_SETTINGS,
    loadRelated: async () => ({ entity: null, articles: [], total: 0 }),
    openArticle() {},
    onNotOnThisSite() {},
    onHideName() {},
    signal: new AbortController().signal,
  };
}

/** A load that puts a card module in the world, as the card's script does. */
function loader(card: CardUi) {
  return vi.fn(async () => {
    global[CARD_GLOBAL] = { createCardUi: async () => card };
    return true;
  });
}

const fakeCard = (): CardUi => ({ show: vi.fn(), hide: vi.fn(), contains: () => true });

describe('lazy card', () => {
  it('loads the card on the first show and shows it, once loaded', async () => {
    const card = fakeCard();
    const load = loader(card);
    const lazy = lazyCard(ctx, deps(), load);
    expect(lazy.contains(new Event('x'))).toBe(false);
    lazy.show(mention, 1, 2);
    await vi.waitFor(() => expect(card.show).toHaveBeenCalledWith(mention, 1, 2));
    lazy.show(mention, 3, 4);
    expect(load).toHaveBeenCalledTimes(1);
    expect(lazy.contains(new Event('x'))).toBe(true);
  });

  it('does not show a card that was hidden while it loaded', async () => {
    const card = fakeCard();
    const lazy = lazyCard(ctx, deps(), loader(card));
    lazy.show(mention, 1, 2);
    lazy.hide();
    lazy.preload();
    await vi.waitFor(() => expect(lazy.contains(new Event('x'))).toBe(true));
    expect(card.show).not.toHaveBeenCalled();
  });

  it('asks again on the next show when a load failed', async () => {
    const card = fakeCard();
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) return false;
      global[CARD_GLOBAL] = { createCardUi: async () => card };
      return true;
    });
    const lazy = lazyCard(ctx, deps(), load);
    lazy.show(mention, 1, 2);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 0));
    fail = false;
    lazy.show(mention, 1, 2);
    await vi.waitFor(() => expect(card.show).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
