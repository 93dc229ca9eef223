/**
 * The background's side of page matching: the sift of a page's pieces, then
 * the match of the paragraphs the page marked, cut out of the pieces it sent.
 * Pieces are kept per sender (tab and frame) and token between the two. The
 * top of a long page comes with its paragraphs and is matched in one call.
 */
import type { Matcher } from '../shared/match/types';
import { CallFailure } from '../shared/messages/call-failure';
import { MENTION_FIELDS, RULE_CODES, type PageMatch } from '../shared/messages/page-wire';
import type { BackgroundCalls, CallContext, Handlers } from '../shared/messages/protocol';
import type { PageMatcher } from './page-matcher';
import { pageSurface, pieceOffset, runText, type RunText } from './page-runs';
import { PageTexts } from './page-texts';

export type PageCall = 'siftPage' | 'matchPage' | 'matchText' | 'loadCard';

export interface PageDeps {
  /** The warm matcher (the front's on a woken worker, the rest's after). */
  matcher: Pick<PageMatcher, 'get'>;
  /** Run the card's script in the sender's frame. */
  injectCard: (tabId: number, frameId: number) => Promise<void>;
}

/** The sender's tab: pages are matched for tabs only. */
function senderTab(context: CallContext): number {
  if (context.tabId === undefined)
    throw new CallFailure('bad-request', 'pages are matched for tabs only');
  return context.tabId;
}

function senderKey(context: CallContext, token: string): string {
  return `${senderTab(context)}/${context.frameId ?? 0}/${token}`;
}

/** Slots for repeated values: each listed once. */
function slots<T>(list: T[], key: (v: T) => string = String) {
  const seen = new Map<string, number>();
  return (v: T): number => {
    const k = key(v);
    let i = seen.get(k);
    if (i === undefined) seen.set(k, (i = list.push(v) - 1));
    return i;
  };
}

/** Match the runs as one page and pack what was found in piece offsets. */
function matchRuns(
  matcher: Matcher,
  pieces: readonly string[],
  runs: RunText[],
  alreadyNamed: string[],
): PageMatch {
  const match: PageMatch = { entities: [], strings: [], mentions: [] };
  const entity = slots(match.entities, (e) => e.id);
  const string = slots(match.strings);
  const found = matcher.findInPage(
    runs.map((r) => r.text),
    { alreadyNamed },
  );
  found.forEach((list, r) => {
    const run = runs[r] as RunText;
    for (const m of list) {
      const from = pieceOffset(run, m.start);
      const to = pieceOffset(run, m.end, true);
      const e = matcher.entity(m.entityId);
      if (!from || !to || !e) continue;
      const surface = pageSurface(pieces, run, m.start, m.end);
      match.mentions.push(
        ...from,
        ...to,
        entity(e),
        string(m.alias),
        string(surface),
        RULE_CODES.indexOf(m.rule),
      );
    }
  });
  if (match.mentions.length % MENTION_FIELDS !== 0) throw new Error('page match packed wrongly');
  return match;
}

export function createPageHandlers(deps: PageDeps): Pick<Handlers<BackgroundCalls>, PageCall> {
  const texts = new PageTexts();
  return {
    async siftPage({ token, texts: pieces }, context) {
      const key = senderKey(context, token);
      const matcher = await deps.matcher.get();
      const at = matcher.sift(pieces);
      if (at.some((list) => list.length > 0)) texts.put(key, pieces);
      return { at };
    },
    async matchPage({ token, runs, alreadyNamed }, context) {
      const pieces = texts.take(senderKey(context, token));
      if (!pieces) return { expired: true };
      const matcher = await deps.matcher.get();
      const built = runs.map((parts) => runText(pieces, parts) ?? { text: '', segments: [] });
      return { match: matchRuns(matcher, pieces, built, alreadyNamed) };
    },
    async matchText({ texts: pieces, runs, alreadyNamed }, context) {
      senderTab(context);
      const matcher = await deps.matcher.get();
      const built = runs.map((parts) => runText(pieces, parts) ?? { text: '', segments: [] });
      return { match: matchRuns(matcher, pieces, built, alreadyNamed) };
    },
    async loadCard(_request, context) {
      if (context.tabId === undefined)
        throw new CallFailure('bad-request', 'the card loads in tabs only');
      await deps.injectCard(context.tabId, context.frameId ?? 0);
      return { loaded: true };
    },
  };
}
