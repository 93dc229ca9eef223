// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageCard } from '../../../../entrypoints/content/interaction';
import { benchTiming } from '../../../../lib/content/bench-timing';
import { CARD_GLOBAL, type CardDeps } from '../../../../lib/content/card-types';
import type { MentionStore } from '../../../../lib/content/mention-store';
import type { PageMatching } from '../../../../lib/content/page-matching';
import type { PageMention } from '../../../../lib/content/page-mention';
import { DEFAULT_SETTINGS } from '../../../../lib/shared/settings/settings';

const calls = vi.hoisted(() => ({ related: [] as string[], fail: false }));
vi.mock('../../../../lib/shared/messages/content-script-client', () => {
  const answer = async (call: string, request: { entityId?: string }) => {
    if (call === 'loadCard') return {};
    calls.related.push(request.entityId ?? '');
    if (calls.fail) throw new Error('no answer');
    return { entity: null, articles: [], total: request.entityId?.length ?? 0 };
  };
  return {
    callBackground: answer,
    callBackgroundResult: async (call: string, request: { entityId?: string }) => ({
      ok: true,
      value: await answer(call, request),
    }),
  };
});

const global = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete global[CARD_GLOBAL];
  calls.related = [];
  calls.fail = false;
});

/** A page's card whose module hands its deps out, as the card's script would use them. */
function setUp() {
  let cardDeps: CardDeps | null = null;
  global[CARD_GLOBAL] = {
    createCardUi: async (_ctx: unknown, deps: CardDeps) => {
      cardDeps = deps;
      return { show() {}, hide() {}, contains: () => false };
    },
  };
  const { card, prefetch } = pageCard(
    {
      ctx: {} as ContentScriptContext,
      settings: DEFAULT_SETTINGS,
      store: { entityIds: () => ['luong-cuong'] } as unknown as MentionStore,
      matching: { entities: new Map() } as unknown as PageMatching,
      timing: benchTiming(),
      signal: new AbortController().signal,
    },
    () => undefined,
  );
  card.show({} as PageMention, 0, 0);
  const deps = async (): Promise<CardDeps> => {
    await vi.waitFor(() => expect(cardDeps).not.toBeNull());
    return cardDeps as unknown as CardDeps;
  };
  return { prefetch, deps };
}

describe("the page's card", () => {
  it('opens with the articles asked for while the hover delay ran, without asking again', async () => {
    const { prefetch, deps } = setUp();
    prefetch('luong-cuong');
    expect(calls.related).toEqual(['luong-cuong']);
    const related = await (await deps()).loadRelated('luong-cuong');
    expect(related.total).toBe('luong-cuong'.length);
    expect(calls.related).toEqual(['luong-cuong']);
  });

  it('asks again when the early ask failed', async () => {
    const { prefetch, deps } = setUp();
    calls.fail = true;
    prefetch('to-lam');
    const card = await deps();
    await vi.waitFor(() => expect(calls.related).toEqual(['to-lam']));
    calls.fail = false;
    await new Promise((r) => setTimeout(r, 0));
    expect((await card.loadRelated('to-lam')).total).toBe('to-lam'.length);
    expect(calls.related).toEqual(['to-lam', 'to-lam']);
  });
});
