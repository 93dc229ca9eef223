/**
 * The contract between the content script and the card, which is loaded into
 * the content script's world only when a page first needs it: the card's code
 * (Preact, its components, styles and words) is not part of what every page runs.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MatcherEntity } from '../shared/match/types';
import type { BackgroundCalls } from '../shared/messages/protocol';
import type { Settings } from '../shared/settings/settings';
import type { PageMention } from './page-mention';

type Related = BackgroundCalls['relatedArticles']['response'];

export interface CardDeps {
  /** Names and kinds of the entities on the page, for a card whose articles have not come yet. */
  entities: ReadonlyMap<string, MatcherEntity>;
  /** The reader's settings: the card's language and theme. */
  settings: Settings;
  /** Related articles for an entity (cached by the caller or not: the card asks once per opening). */
  loadRelated(entityId: string): Promise<Related>;
  openArticle(id: string): void;
  onNotOnThisSite(): void;
  onHideName(entityId: string): void;
  signal: AbortSignal;
}

export interface CardUi {
  /** Show the card for `mention`; with `focus`, move keyboard focus into it (Escape gives it back). */
  show(mention: PageMention, x: number, y: number, options?: { focus?: boolean }): void;
  hide(): void;
  /** Whether an event happened inside the card (events from a shadow root are retargeted to its host). */
  contains(event: Event): boolean;
}

/** What the card's script leaves in the content script's world. */
export interface CardModule {
  createCardUi(ctx: ContentScriptContext, deps: CardDeps): Promise<CardUi>;
}

/** The global of the content script's (isolated) world that holds the {@link CardModule}. */
export const CARD_GLOBAL = '__backstoryCard';

/** The card module, once its script has run in this world. */
export function loadedCardModule(): CardModule | undefined {
  return (globalThis as unknown as Record<string, CardModule | undefined>)[CARD_GLOBAL];
}
