/**
 * The hover card's script: run by the background in a tab's content-script
 * world on the page's first hover (`loadCard`), it hands the content script
 * the card (`lib/content/card-types.ts`). Pages that are never hovered never load it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_GLOBAL, type CardModule } from '../../lib/content/card-types';
import { createCardUi } from './card-ui';

export default defineUnlistedScript(() => {
  const module: CardModule = { createCardUi };
  (globalThis as unknown as Record<string, CardModule>)[CARD_GLOBAL] = module;
});
