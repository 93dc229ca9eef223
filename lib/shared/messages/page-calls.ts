/**
 * The content script's side of the contract: the calls a web page's content
 * script makes to the background and the calls the popup makes to it. They
 * live apart from the rest of the protocol so that the page loads only these
 * schemas.
 */
import * as v from 'valibot';
import { ENTITY_KINDS } from '../corpus/types';
import { entityViewSchema, relatedArticlesSchema } from '../views';
import { once } from '../once';
import { isIntegerList, pageMatchSchema } from './page-wire';
import {
  call,
  checkedBy,
  empty,
  id,
  idList,
  idMessage,
  LIMITS,
  limit,
  request,
  whole,
  type CallSchema,
} from './schema-kit';

// ── bulk page data: checked by a loop, not a schema per value ──
function isTextList(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length > LIMITS.pageParts) return false;
  let chars = 0;
  for (const t of value) {
    if (typeof t !== 'string') return false;
    chars += t.length;
  }
  return chars <= LIMITS.pageChars;
}

const isIntegerLists = (value: unknown): value is number[][] =>
  Array.isArray(value) && value.every(isIntegerList);

function isRunList(value: unknown): value is number[][] {
  if (!Array.isArray(value) || value.length > LIMITS.pageParts) return false;
  return value.every((r) => isIntegerList(r) && r.length % 3 === 0);
}

/** Calls for the reader controls (options, popup filters, toolbar badge), answered in the background. */
export const controlCalls = {
  /** Every entity with both names, for the popup's name filter and its "on this page" list. */
  entities: call(
    () => empty(),
    () => v.object({ entities: v.array(entityViewSchema()) }),
  ),
  /** The sender tab's mention count, shown on the toolbar badge when the reader wants it. */
  pageMentions: call(
    () => request({ count: whole(0, 1_000_000, 'count must be a whole number from 0') }),
    () => v.object({ badge: v.string() }),
  ),
} satisfies Record<string, CallSchema>;

/** Calls a web page's content script makes to the background. */
export const contentScriptCalls = {
  /** Related articles for an entity, newest first; `pageEntityIds` ranks ties by overlap with the page. */
  relatedArticles: call(
    () =>
      request({
        entityId: id(idMessage('entityId')),
        pageEntityIds: v.optional(
          idList(`pageEntityIds must be at most ${LIMITS.pageEntities} ids`),
        ),
        limit: limit(),
      }),
    () => relatedArticlesSchema(),
  ),
  /**
   * Open `reader.html?id=<id>` in a new tab next to the sender's. Content scripts need this: a web page
   * cannot reliably open an extension page itself (Firefox refuses, Chrome wants web_accessible_resources).
   */
  openArticle: call(
    () => request({ id: id(idMessage('id')) }),
    () => v.object({ opened: v.boolean() }),
  ),

  // ── page matching: the page reads, the background matches ──
  /**
   * The first look at a page's text (`texts`: its pieces, read in bulk): where a name may start in
   * each, sorted. The background keeps the pieces under `token` for the page's `matchPage`.
   */
  siftPage: call(
    () =>
      request({
        token: id(idMessage('token')),
        texts: checkedBy(
          isTextList,
          `texts must be at most ${LIMITS.pageParts} strings of ${LIMITS.pageChars} characters in all`,
        ),
      }),
    () => v.object({ at: checkedBy(isIntegerLists, 'at must be lists of integers') }),
  ),
  /**
   * The mentions in the paragraphs the page marked (`runs`: each `[piece, start, end]` parts of the
   * pieces sent under `token`; see page-wire.ts), judged as one page with `alreadyNamed` named in
   * full elsewhere on it. `expired` when the pieces are no longer kept (the background restarted).
   */
  matchPage: call(
    () =>
      request({
        token: id(idMessage('token')),
        runs: checkedBy(isRunList, `runs must be at most ${LIMITS.pageParts} lists of integers`),
        alreadyNamed: idList(`alreadyNamed must be at most ${LIMITS.pageEntities} ids`),
      }),
    () => v.union([v.object({ match: pageMatchSchema() }), v.object({ expired: v.literal(true) })]),
  ),
  /**
   * The mentions in `runs` of the pieces sent with them (`texts`), judged as one page with
   * `alreadyNamed` named in full elsewhere on it: the top of a long page, matched in one round trip
   * before the whole page is sifted. Nothing is kept.
   */
  matchText: call(
    () =>
      request({
        texts: checkedBy(
          isTextList,
          `texts must be at most ${LIMITS.pageParts} strings of ${LIMITS.pageChars} characters in all`,
        ),
        runs: checkedBy(isRunList, `runs must be at most ${LIMITS.pageParts} lists of integers`),
        alreadyNamed: idList(`alreadyNamed must be at most ${LIMITS.pageEntities} ids`),
      }),
    () => v.object({ match: pageMatchSchema() }),
  ),
  /** Load the card's code into the sender's frame (it is not part of the content script until needed). */
  loadCard: call(
    () => empty(),
    () => v.object({ loaded: v.boolean() }),
  ),
} satisfies Record<string, CallSchema>;

/** An entity found on a page, with how often. */
const pageEntitySchema = once(() =>
  v.object({
    id: v.string(),
    name: v.string(),
    kind: v.picklist(ENTITY_KINDS),
    count: v.number(),
  }),
);
export type PageEntity = v.InferOutput<ReturnType<typeof pageEntitySchema>>;

/** Calls from the popup to the content script of a tab. */
export const contentCalls = {
  /** The entities highlighted on this page, most mentioned first. */
  pageEntities: call(
    () => empty(),
    () => v.object({ entities: v.array(pageEntitySchema()) }),
  ),
  /** Scroll to the next or previous mention (of `entityId`, or of any name), emphasise it and open its card. */
  focusMention: call(
    () =>
      request({
        direction: v.picklist(['next', 'previous'], 'direction must be "next" or "previous"'),
        entityId: v.optional(id('entityId must be an id')),
      }),
    () => v.object({ found: v.boolean() }),
  ),
} satisfies Record<string, CallSchema>;
