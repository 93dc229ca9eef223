/**
 * The page side of matching, wired to the real background handlers in the
 * same process (happy-dom pages): what a content script and its background do,
 * without a browser. Calls are logged, and can be made to fail.
 */
import { createPageHandlers } from '../../../../lib/background/page-handlers';
import type { PageMatcher } from '../../../../lib/background/page-matcher';
import type { Matcher } from '../../../../lib/shared/match/types';
import { benchTiming } from '../../../../lib/content/bench-timing';
import type { Highlighter } from '../../../../lib/content/highlighter';
import { MentionStore } from '../../../../lib/content/mention-store';
import { createPageMatching, type PageCalls } from '../../../../lib/content/page-matching';
import { gazetteerMatcher } from '../shared/match/gazetteer-matcher';

export function recordingHighlighter() {
  const painted = new Set<AbstractRange>();
  const h: Highlighter = {
    supported: true,
    add: (_k, r) => void painted.add(r),
    remove: (_k, r) => void painted.delete(r),
    setActive() {},
    destroy: () => painted.clear(),
  };
  return { h, painted };
}

/** The texts of the painted ranges, in the order they were painted. */
export const paintedTexts = (painted: Set<AbstractRange>): string[] =>
  [...painted].map((r) => (r as Range).toString());

export function paragraph(text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { textContent: text });
}

export interface HarnessOptions {
  matcher?: Matcher;
  /** Answer nothing (as a background that does not answer in time). */
  silent?: () => boolean;
  /** Before each call reaches the background (to change the page meanwhile). */
  beforeCall?: (call: 'sift' | 'match' | 'matchText') => void;
}

/** A page matching session over `document`, its store, its highlights and the calls it made. */
export function pageHarness(options: HarnessOptions = {}) {
  const matcher = options.matcher ?? gazetteerMatcher();
  const pageMatcher: PageMatcher = {
    get: async () => matcher,
    corpusLayer: async () => matcher,
    invalidate() {},
    lastLoad: null,
  };
  const handlers = createPageHandlers({ matcher: pageMatcher, injectCard: async () => undefined });
  const context = { tabId: 1, frameId: 0 };
  const log: string[] = [];
  const calls: PageCalls = {
    async sift(token, texts) {
      log.push('sift');
      options.beforeCall?.('sift');
      if (options.silent?.()) return null;
      return (await handlers.siftPage({ token, texts }, context)).at;
    },
    async matchText(texts, runs, alreadyNamed) {
      log.push('matchText');
      options.beforeCall?.('matchText');
      if (options.silent?.()) return null;
      return (await handlers.matchText({ texts, runs, alreadyNamed }, context)).match;
    },
    async match(token, runs, alreadyNamed) {
      log.push('match');
      options.beforeCall?.('match');
      if (options.silent?.()) return null;
      const r = await handlers.matchPage({ token, runs, alreadyNamed }, context);
      return 'expired' in r ? 'expired' : r.match;
    },
  };
  const { h, painted } = recordingHighlighter();
  const store = new MentionStore(h, window);
  const stop = new AbortController();
  const matching = createPageMatching({
    calls,
    store,
    shown: () => true,
    timing: benchTiming(document),
    signal: stop.signal,
    doc: document,
  });
  return { matching, store, painted, log, stop, handlers };
}
