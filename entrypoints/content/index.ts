import { defineContentScript } from 'wxt/utils/define-content-script';
import matcherData from '../../lib/generated/matcher-data.json';
import { callBackground, serveContent } from '../../lib/messages/client';
import { createMatcher } from '../../lib/match/matcher';
import type { MatcherData } from '../../lib/match/types';
import { createHighlighter } from '../../lib/page/highlighter';
import { hitTest } from '../../lib/page/hit-test';
import { createHoverController } from '../../lib/page/hover-controller';
import { MentionStore } from '../../lib/page/mention-store';
import { createPageScanner } from '../../lib/page/page-scanner';
import { watchDom } from '../../lib/page/dom-watcher';
import { createCardUi } from './card-ui';
import { cacheRelated } from './related-cache';
import '../../components/styles/theme.css';
import '../../components/styles/article-list.css';
import '../../components/styles/hover-card.css';

/** How long the card waits for the background before it shows its error state. */
const CALL_TIMEOUT_MS = 5000;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // One switch for everything on the page: WXT invalidating this script, or the reader's "Not on this site".
    const session = new AbortController();
    const { signal } = session;
    ctx.onInvalidated(() => session.abort());

    const data = matcherData as MatcherData;
    const entities = new Map(data.entities.map((e) => [e.id, e]));
    const highlighter = createHighlighter(document);
    const store = new MentionStore(highlighter);
    const scanner = createPageScanner(createMatcher(data), entities, store);
    scanner.scan(document.body);
    watchDom(document.body, (blocks) => scanner.rescan(blocks), signal);

    const card = await createCardUi(ctx, {
      entities,
      locale: navigator.language,
      loadRelated: cacheRelated((entityId) =>
        callBackground(
          'relatedArticles',
          { entityId, pageEntityIds: store.entityIds() },
          { timeoutMs: CALL_TIMEOUT_MS },
        ),
      ),
      openArticle(id) {
        hover.close();
        void callBackground('openArticle', { id }, { timeoutMs: CALL_TIMEOUT_MS });
      },
      // Issue 6 makes this stick for the whole site (options); for now it turns Backstory off on this page.
      onNotOnThisSite: () => session.abort(),
    });
    const hover = createHoverController({
      hitTest: (x, y) => hitTest(store.index, x, y),
      isInsideCard: (event) => card.contains(event),
      onPointerMention: (m) => highlighter.setActive(m ? [m.range] : null),
      onOpen: (m, x, y) => card.show(m, x, y),
      onClose: () => card.hide(),
      signal,
    });
    const stopServing = serveContent({
      pageEntities: async () => ({ entities: store.pageEntities(entities) }),
    });

    signal.addEventListener('abort', () => {
      stopServing();
      card.hide();
      store.clear();
      highlighter.destroy();
    });
  },
});
