import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveContent } from '../../lib/shared/messages/serve-content';
import { benchTiming, countRanges } from '../../lib/content/bench-timing';
import { watchDom } from '../../lib/content/dom-watcher';
import { createHighlighter } from '../../lib/content/highlighter';
import { MentionStore } from '../../lib/content/mention-store';
import { createPageMatching } from '../../lib/content/page-matching';
import { guardStartEvents, startEventName } from '../../lib/content/start-event-guard';
import { isShown, type Settings } from '../../lib/shared/settings/settings';
import { startInteraction, type Interaction } from './interaction';
import { runWithSettings } from './live-settings';
import { badgeCount } from './page-controls';
import { pageCalls } from './page-calls';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Loaded (and the settings read) while the page is still parsing; the work starts at DOMContentLoaded.
  runAt: 'document_start',
  // The card brings its own styles when it loads (entrypoints/card); the page gets none.
  cssInjectionMode: 'manual',
  // WXT would also window.postMessage its start-up notice, which tells every page script this extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // A page must not switch Backstory off by forging WXT's start-up notice (start-event-guard.ts).
    guardStartEvents(window, startEventName(), () => ctx.isValid, ctx.signal);
    // Off for a site that is turned off; restarted with new settings whenever they change (live-settings.ts).
    await runWithSettings(ctx, async (settings, signal) => {
      await domReady(document);
      if (!signal.aborted) start(ctx, settings, signal);
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

/**
 * Backstory on this page under `settings`: the page's text goes to the
 * background to be matched, the mentions come back and are painted, and the
 * page is followed as it changes. Everything comes off the page when `signal` aborts.
 */
function start(ctx: ContentScriptContext, settings: Settings, signal: AbortSignal): void {
  const root = document.body ?? document.documentElement;
  // Timings only on a bench page (bench-timing.ts).
  const timing = benchTiming();
  const highlighter = createHighlighter(document, settings.highlightStyle);
  const store = new MentionStore(highlighter, window, {
    onCount: badgeCount(signal),
    paint: { onTask: timing.task },
  });
  timing.answerCounts(() => countRanges(store.ranges()), signal);
  let interaction: Interaction | null = null;
  const matching = createPageMatching({
    calls: pageCalls,
    store,
    shown: (e) => isShown(settings, e.kind, e.id),
    timing,
    signal,
    doc: document,
    onMentions() {
      interaction ??= startInteraction({
        ctx,
        settings,
        store,
        highlighter,
        matching,
        timing,
        signal,
      });
    },
  });
  watchDom(root, (blocks, removed) => matching.changed(blocks, removed), signal, window);
  matching.changed([root], false);
  void matching.idle().then(() => timing.mark('scan-done'));
  // A background that did not answer is asked again when the reader comes back to the tab.
  document.addEventListener('visibilitychange', () => document.hidden || matching.retry(), {
    signal,
  });
  const stopServing = serveContent({
    pageEntities: async () => ({ entities: store.pageEntities(matching.entities) }),
    focusMention: async ({ direction, entityId }) => ({
      found: (await interaction?.go(direction, entityId)) ?? false,
    }),
  });
  signal.addEventListener('abort', () => {
    stopServing();
    store.destroy();
    highlighter.destroy();
  });
}
