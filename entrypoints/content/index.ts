import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import matcherData from '../../lib/generated/matcher-data.json';
import corpusMeta from '../../lib/generated/corpus-meta.json';
import { callBackground, callBackgroundResult, serveContent } from '../../lib/messages/client';
import { unpackMentions } from '../../lib/match/packed-mentions';
import { createMatcher } from '../../lib/match/matcher';
import type { MatcherData } from '../../lib/match/types';
import { createHighlighter } from '../../lib/page/highlighter';
import { hitTest } from '../../lib/page/hit-test';
import { createHoverController } from '../../lib/page/hover-controller';
import { MentionStore } from '../../lib/page/mention-store';
import { createPageScanner, type RemoteFinder } from '../../lib/page/page-scanner';
import { guardStartEvents, startEventName } from '../../lib/page/start-event-guard';
import { annotatePage } from '../../lib/page/annotate';
import { formatDate } from '../../lib/format/date';
import { translatorFor } from '../../lib/i18n/language';
import { numberFormat } from '../../lib/i18n/translator';
import { benchTiming, countRanges, markWhenHandled } from '../../lib/page/bench-timing';
import type { Settings } from '../../lib/settings/settings';
import { createCardUi } from './card-ui';
import { runWithSettings } from './live-settings';
import { applyHighlightStyle } from './page-look';
import {
  countingHighlighter,
  keyboardPath,
  pageLook,
  shownEntities,
  storedChoices,
} from './page-controls';
import { listenForTaps } from './touch';
import { cacheRelated } from './related-cache';
import '../../components/styles/theme.css';
import '../../components/styles/article-list.css';
import '../../components/styles/hover-card.css';

/** How long the card waits for the background before it shows its error state. */
const CALL_TIMEOUT_MS = 5000;
/** How long a long page waits for the background to match its text before matching it itself. */
const MATCH_TIMEOUT_MS = 3000;

/**
 * A long page's text is matched in the background, off the page's main thread (issue 4); the tables are
 * the same build's (checked by the corpus version). Any failure: the page matches it itself.
 */
const matchInBackground: RemoteFinder = async (texts, alreadyNamed) => {
  const r = await callBackgroundResult(
    'findMentions',
    { texts, alreadyNamed, tables: corpusMeta.version },
    { timeoutMs: MATCH_TIMEOUT_MS },
  );
  return r.ok ? (text, i) => unpackMentions(r.value.mentions, i, text) : null;
};

export default defineContentScript({
  matches: ['<all_urls>'],
  // Loaded (and the settings read) while the page is still parsing; the work starts at DOMContentLoaded, so the
  // first highlights come within 100 ms of it (issue 4). At document_end the bundle itself was measured to take
  // 90–170 ms after DOMContentLoaded just to start.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  // WXT would also window.postMessage its start-up notice, which tells every page script this extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // A page must not switch Backstory off by forging WXT's start-up notice (start-event-guard.ts).
    guardStartEvents(window, startEventName(), () => ctx.isValid, ctx.signal);
    // Off for a site that is turned off; restarted with new settings whenever they change (live-settings.ts).
    await runWithSettings(ctx, async (settings, signal) => {
      await domReady(document);
      if (!signal.aborted) await start(ctx, settings, signal);
    });
  },
});

/** Resolves once the page's DOM is parsed (at once when it already is). */
function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/** What one session of Backstory on a page holds. */
interface PageSession {
  entities: ReturnType<typeof shownEntities>;
  highlighter: ReturnType<typeof countingHighlighter>;
  store: MentionStore;
  timing: ReturnType<typeof benchTiming>;
}

/** Highlight the page now (in slices, the part in view first) and follow its changes. */
function highlightPage(settings: Settings, signal: AbortSignal): PageSession {
  const data = matcherData as MatcherData;
  const entities = shownEntities(data, settings);
  // Timings only on a bench page (bench-timing.ts): set-up and every slice count as the script's own time.
  const timing = benchTiming();
  const highlighter = countingHighlighter(
    createHighlighter(document, { onTask: timing.task }),
    signal,
  );
  timing.answerCounts(() => countRanges(highlighter.ranges()), signal);
  applyHighlightStyle(settings.highlightStyle, signal);
  const store = new MentionStore(highlighter);
  const scanner = timing.measure(() =>
    createPageScanner(createMatcher(data), entities, store, document, matchInBackground),
  );
  void annotatePage(document.body ?? document, { scanner, store, timing, signal }).then(() =>
    warmCardFormats(settings, signal),
  );
  return { entities, highlighter, store, timing };
}

/**
 * Once the page is highlighted and the browser is idle, make the card's number and date formats: the
 * first Intl object of a page costs ~10 ms, which the first card would otherwise wait for.
 */
function warmCardFormats(settings: Settings, signal: AbortSignal): void {
  const { locale } = translatorFor(settings.language, navigator.language);
  const warm = (): void => {
    if (signal.aborted) return;
    numberFormat(locale).format(1);
    formatDate('2025-01-01', locale);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 200);
}

/** The card, loading related articles from the background (cached per entity). */
function cardFor(
  ctx: ContentScriptContext,
  { entities, store, timing }: PageSession,
  settings: Settings,
  signal: AbortSignal,
  beforeOpening: () => void,
) {
  const related = cacheRelated((entityId) =>
    callBackground(
      'relatedArticles',
      { entityId, pageEntityIds: store.entityIds() },
      { timeoutMs: CALL_TIMEOUT_MS },
    ),
  );
  return createCardUi(ctx, {
    entities,
    ...pageLook(settings),
    signal,
    loadRelated: markWhenHandled(timing, 'card-ready', related),
    openArticle(id) {
      beforeOpening();
      void callBackground('openArticle', { id }, { timeoutMs: CALL_TIMEOUT_MS });
    },
    onNotOnThisSite: storedChoices.notOnThisSite,
    onHideName: storedChoices.hideName,
  });
}

type Card = Awaited<ReturnType<typeof cardFor>>;

/** Open the card on hover (after the delay) and on a tap; emphasise the mention under the pointer. */
function followPointer(session: PageSession, card: Card, settings: Settings, signal: AbortSignal) {
  const { store, highlighter, timing } = session;
  const hover = createHoverController({
    hitTest: (x, y) => hitTest(store.index, x, y),
    isInsideCard: (event) => card.contains(event),
    onPointerMention: (m) => highlighter.setActive(m ? [m.range] : null),
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
  return hover;
}

/** Backstory on this page under `settings`; everything comes off the page when `signal` aborts. */
async function start(ctx: ContentScriptContext, settings: Settings, signal: AbortSignal) {
  const session = highlightPage(settings, signal);
  const { entities, highlighter, store } = session;
  const card = await cardFor(ctx, session, settings, signal, () => hover.close());
  const hover = followPointer(session, card, settings, signal);
  const path = keyboardPath(highlighter, store.index, card);
  const stopServing = serveContent({
    pageEntities: async () => ({ entities: store.pageEntities(entities) }),
    focusMention: async ({ direction, entityId }) => ({
      found: await path.go(direction, entityId),
    }),
  });

  const cleanup = (): void => {
    stopServing();
    card.hide();
    store.clear();
    highlighter.destroy();
  };
  // Settings can change again while this session starts (it awaited the card): clean up at once then.
  if (signal.aborted) cleanup();
  else signal.addEventListener('abort', cleanup);
}
