// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PREFETCH_REST_MS, pageCard } from '../../../../entrypoints/content/interaction';
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
  vi.useRealTimers();
  delete global[CARD_GLOBAL];
  document.head.replaceChildren();
  performance.clearMarks();
  calls.related = [];
  calls.fail = false;
});

/** The pointer rests on a name long enough for its articles to be asked for. */
const rest = () => new Promise((r) => setTimeout(r, PREFETCH_REST_MS + 10));

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
    expect(calls.related).toEqual([]);
    await rest();
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
    await rest();
    expect(calls.related).toEqual(['to-lam']);
    calls.fail = false;
    expect((await card.loadRelated('to-lam')).total).toBe('to-lam'.length);
    expect(calls.related).toEqual(['to-lam', 'to-lam']);
  });

  it('asks for nothing while the pointer sweeps across names, or leaves before it rests', async () => {
    vi.useFakeTimers();
    const { prefetch } = setUp();
    prefetch('luong-cuong');
    vi.advanceTimersByTime(PREFETCH_REST_MS / 2);
    prefetch('to-lam');
    vi.advanceTimersByTime(PREFETCH_REST_MS / 2);
    prefetch(null);
    vi.advanceTimersByTime(PREFETCH_REST_MS * 10);
    expect(calls.related).toEqual([]);
    prefetch('donald-trump');
    vi.advanceTimersByTime(PREFETCH_REST_MS);
    expect(calls.related).toEqual(['donald-trump']);
  });

  it("on a bench page, marks the card's articles ready only when the card has them, not at the prefetch", async () => {
    document.head.append(
      Object.assign(document.createElement('meta'), { name: 'backstory-bench' }),
    );
    const { prefetch, deps } = setUp();
    prefetch('luong-cuong');
    await rest();
    expect(calls.related).toEqual(['luong-cuong']);
    expect(performance.getEntriesByName('backstory:card-ready')).toHaveLength(0);
    await (await deps()).loadRelated('luong-cuong');
    await vi.waitFor(() =>
      expect(performance.getEntriesByName('backstory:card-ready')).toHaveLength(1),
    );
  });
});
