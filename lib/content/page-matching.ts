/**
 * Keeps a page's mentions in step with its text, through the background: the
 * page reads and paints, the background matches. One job at a time: read the
 * roots' text in bulk and send it for the sift; when a name may be there,
 * walk the roots for the marked paragraphs and have them matched; place what
 * comes back. Changes that arrive meanwhile wait for the next job. When the
 * background does not answer, the roots wait too, unpainted, until the page
 * changes again or is shown again (`retry`).
 */
import type { MatcherEntity } from '../shared/match/types';
import { unpackPageMatch, type PageMatch } from '../shared/messages/page-wire';
import type { BenchTiming } from './bench-timing';
import { outermost } from './dom-watcher';
import { isStale, type MentionStore } from './mention-store';
import { readPieces } from './page-pieces';
import type { PageMention } from './page-mention';
import { PREVIEW_CHARS, PREVIEW_MIN_CHARS, cutPieces } from './page-preview';
import { placeMentions } from './place-mentions';
import { EVERY_RUN, walkRuns, type RunNode } from './run-walker';
import { runInSlices, yieldToBrowser } from './slices';

/** The calls to the background; null when it did not answer. */
export interface PageCalls {
  sift(token: string, texts: string[]): Promise<number[][] | null>;
  /** The mentions in `runs` of `texts`, sent together (the top of a long page, in one round trip). */
  matchText(texts: string[], runs: number[][], alreadyNamed: string[]): Promise<PageMatch | null>;
  match(
    token: string,
    runs: number[][],
    alreadyNamed: string[],
  ): Promise<PageMatch | 'expired' | null>;
}

export interface PageMatchingDeps {
  calls: PageCalls;
  store: MentionStore;
  /** Whether mentions of `entity` are shown (the reader's kinds and hidden names). */
  shown(entity: MatcherEntity): boolean;
  timing: BenchTiming;
  signal: AbortSignal;
  doc: Document;
  /** Called after mentions were put on the page. */
  onMentions?(): void;
}

export interface PageMatching {
  /** `blocks` gained or changed text (`removed`: text also left the page): match them again. */
  changed(blocks: readonly Element[], removed: boolean): void;
  /** Try again what waits after a failure (the tab became visible). */
  retry(): void;
  /** The entities seen on the page so far (names and kinds for the popup and the card). */
  readonly entities: ReadonlyMap<string, MatcherEntity>;
  /** Resolves when no job is running or waiting (for tests and the bench's `scan-done`). */
  idle(): Promise<void>;
}

/** Main-thread milliseconds per slice of placing mentions: leaves the page most of every frame. */
export const SLICE_BUDGET_MS = 8;
/** Placing is cut into steps of this many mentions. */
const PLACE_STEP = 200;
/** A job whose pieces the background no longer holds (it restarted) is run again at most this often. */
const MAX_REREADS = 2;

let tokens = 0;
const tokenBase = Math.random().toString(36).slice(2, 10);

export function createPageMatching(deps: PageMatchingDeps): PageMatching {
  const { calls, store, timing, signal, doc } = deps;
  const win = doc.defaultView ?? window;
  const now = (): number => win.performance.now();
  const entities = new Map<string, MatcherEntity>();
  const pending = new Set<Element>();
  let removed = false;
  let running: Promise<void> | null = null;
  let painted = false;

  /** Time `fn` as one slice of the page's main thread. */
  const slice = <T>(fn: () => T): T => timing.measure(fn);

  /** Drop the mentions the roots held (they are about to be matched again). */
  const clearRoots = (roots: readonly Element[]): void => {
    if (store.size === 0) return;
    for (const root of roots) {
      const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      store.removeInNodes(nodes);
    }
  };

  /**
   * Place the mentions of a match in slices, after `drop` has taken off what they replace (in the
   * same slice: no frame shows neither); the first slice paints as soon as it is done.
   */
  const place = async (
    match: PageMatch,
    nodes: RunNode[],
    drop: () => void,
  ): Promise<PageMention[]> => {
    const found = unpackPageMatch(match).filter((m) => deps.shown(m.entity));
    for (const e of match.entities) entities.set(e.id, e);
    const placed: PageMention[] = [];
    let k = 0;
    let dropped = false;
    await runInSlices(
      () => {
        if (!dropped) {
          drop();
          dropped = true;
        }
        const mentions = placeMentions(nodes, found.slice(k, k + PLACE_STEP), doc);
        store.add(mentions);
        placed.push(...mentions);
        if (mentions.length > 0) {
          if (!painted) timing.mark('first-highlight');
          painted = true;
          deps.onMentions?.();
        }
        k += PLACE_STEP;
        return k < found.length;
      },
      {
        budgetMs: SLICE_BUDGET_MS,
        now,
        yieldNow: () => yieldToBrowser(win),
        signal,
        onSlice: timing.task,
      },
    );
    return placed;
  };

  /**
   * The top of a long root, matched and painted first (page-preview.ts): its paragraphs go with its
   * text, so it takes one round trip, not a sift's two. What it placed.
   */
  const preview = async (root: Element, pieces: readonly string[]): Promise<PageMention[]> => {
    const cut = cutPieces(pieces, PREVIEW_CHARS);
    const walked = slice(() => walkRuns(root, EVERY_RUN, cut.stop));
    if (walked.runs.length === 0) return [];
    const reply = await calls.matchText(cut.texts, walked.runs, [...store.namedInFull()]);
    if (!reply || signal.aborted) return [];
    return place(reply, walked.nodes, () => undefined);
  };

  /** One job over `roots`: true when done, false when the background did not answer. */
  const runJob = async (roots: readonly Element[], rereads = 0): Promise<boolean> => {
    const token = `${tokenBase}-${++tokens}`;
    const hadMentions = store.size > 0;
    const read = slice(() => roots.map((r) => readPieces(r)));
    const texts = read.flat();
    const long = roots.length === 1 && texts.reduce((n, t) => n + t.length, 0) > PREVIEW_MIN_CHARS;
    const top = long && rereads === 0 ? await preview(roots[0] as Element, texts) : [];
    // What this job's answer replaces: the roots' mentions from before, and the top it painted first.
    const drop = (): void => {
      if (hadMentions) clearRoots(roots);
      store.remove(top);
    };
    const at = await calls.sift(token, texts);
    if (signal.aborted) return true;
    if (at === null) return false;
    if (!at.some((list) => list.length > 0)) {
      slice(drop);
      return true;
    }
    const walked = slice(() => walkAll(roots, read, at));
    // A root whose text changed since it was read is matched again in the next job.
    for (const r of walked.changed) pending.add(r);
    if (walked.runs.length === 0) {
      slice(drop);
      return true;
    }
    const reply = await calls.match(token, walked.runs, [...store.namedInFull()]);
    if (signal.aborted) return true;
    if (reply === 'expired') return rereads < MAX_REREADS ? runJob(roots, rereads + 1) : false;
    if (reply === null) return false;
    await place(reply, walked.nodes, drop);
    return true;
  };

  const drain = async (): Promise<void> => {
    while ((pending.size > 0 || removed) && !signal.aborted) {
      const roots = outermost(pending).filter((r) => r.isConnected);
      pending.clear();
      if (removed) slice(() => store.removeWhere(isStale));
      removed = false;
      if (roots.length === 0) continue;
      if (!(await runJob(roots))) {
        for (const r of roots) pending.add(r);
        return; // the next change or `retry` tries again
      }
    }
  };

  const kick = (): void => {
    if (running || signal.aborted) return;
    running = drain().finally(() => {
      running = null;
    });
  };

  return {
    changed(blocks, gone) {
      for (const b of blocks) pending.add(b);
      removed ||= gone;
      kick();
    },
    retry: kick,
    entities,
    async idle() {
      while (running) await running;
    },
  };
}

/**
 * Walk every root with its pieces' marks; pieces are numbered across the roots, as sent. A root whose
 * pieces no longer have the lengths the sift read changed in between: its runs are left out, and it
 * is listed in `changed`.
 */
function walkAll(roots: readonly Element[], read: readonly string[][], at: readonly number[][]) {
  const runs: number[][] = [];
  const nodes: RunNode[] = [];
  const changed: Element[] = [];
  let base = 0;
  roots.forEach((root, r) => {
    const texts = read[r] as string[];
    const walked = walkRuns(root, at.slice(base, base + texts.length));
    const same =
      walked.pieceLengths.length === texts.length &&
      walked.pieceLengths.every((n, k) => n === (texts[k] as string).length);
    if (!same) changed.push(root);
    else {
      for (const run of walked.runs) {
        for (let k = 0; k < run.length; k += 3)
          if ((run[k] as number) >= 0) run[k] = (run[k] as number) + base;
        runs.push(run);
      }
      for (const n of walked.nodes) nodes.push({ ...n, piece: n.piece + base });
    }
    base += texts.length;
  });
  return { runs, nodes, changed };
}
