/**
 * The owner of a page's mentions: every mention found and placed on the page
 * is held here once, and everything else reads it from here: the paint window
 * (which of them are registered as highlights), the hit test (the index by
 * text node), the keyboard (document order), the toolbar badge (the count)
 * and the popup (the count per entity).
 */
import type { PageEntity } from '../shared/messages/protocol';
import type { MatcherEntity } from '../shared/match/types';
import type { Highlighter } from './highlighter';
import { MentionIndex } from './hit-test';
import type { PageMention } from './page-mention';
import { paintWindow, type PaintOptions, type PaintWindow } from './paint-window';

export interface MentionStoreOptions {
  /** Told the number of mentions `countDelayMs` after it starts changing (the toolbar badge). */
  onCount?: (count: number) => void;
  countDelayMs?: number;
  /** How the paint window watches the page (the bench times its choices). */
  paint?: PaintOptions;
}

/** Where the browser cannot paint, there is nothing to choose. */
const NOTHING_PAINTED: PaintWindow = { add() {}, remove() {}, destroy() {} };

export class MentionStore {
  readonly index = new MentionIndex();
  /** Each mention by its range (the paint window reads the ranges and their kinds from here). */
  readonly #mentions = new Map<Range, PageMention>();
  readonly #painted: PaintWindow;
  /** How many mentions written in full each entity has: their short forms count anywhere on the page. */
  readonly #full = new Map<string, number>();
  readonly #onCount: ((count: number) => void) | undefined;
  readonly #countDelayMs: number;
  #countTimer: ReturnType<typeof setTimeout> | undefined;

  /** Mentions are painted through `highlighter`, in `view`, chosen by the paint window. */
  constructor(highlighter: Highlighter, view: Window, options: MentionStoreOptions = {}) {
    this.#painted = highlighter.supported
      ? paintWindow(highlighter, this.#mentions, view, options.paint)
      : NOTHING_PAINTED;
    this.#onCount = options.onCount;
    this.#countDelayMs = options.countDelayMs ?? 300;
  }

  get size(): number {
    return this.#mentions.size;
  }

  add(mentions: readonly PageMention[]): void {
    for (const m of mentions) {
      this.#mentions.set(m.range, m);
      this.index.add(m);
      this.#painted.add(m.kind, m.range);
      if (m.found.rule === 'full') this.#full.set(m.found.entityId, this.#countFull(m) + 1);
    }
    if (mentions.length > 0) this.#countChanged();
  }

  /** Ids of the entities named in full somewhere on the page (`FindOptions.alreadyNamed`). */
  namedInFull(): Iterable<string> {
    return this.#full.keys();
  }

  /** Drop the mentions that lie in any of `nodes` (their text is about to be scanned again). */
  removeInNodes(nodes: readonly Text[]): void {
    for (const node of nodes) {
      const there = this.index.inNode(node);
      if (there) for (const m of [...there]) this.#remove(m);
    }
  }

  #countFull(m: PageMention): number {
    return this.#full.get(m.found.entityId) ?? 0;
  }

  #remove(m: PageMention): void {
    if (this.#mentions.get(m.range) !== m) return;
    this.#mentions.delete(m.range);
    this.index.remove(m);
    this.#painted.remove(m.kind, m.range);
    this.#countChanged();
    if (m.found.rule !== 'full') return;
    const left = this.#countFull(m) - 1;
    if (left > 0) this.#full.set(m.found.entityId, left);
    else this.#full.delete(m.found.entityId);
  }

  /** The count changed: tell it once the changes of the next `countDelayMs` are in too. */
  #countChanged(): void {
    if (!this.#onCount || this.#countTimer !== undefined) return;
    this.#countTimer = setTimeout(() => {
      this.#countTimer = undefined;
      this.#onCount?.(this.size);
    }, this.#countDelayMs);
  }

  /** Drop these mentions (those still held). */
  remove(mentions: Iterable<PageMention>): void {
    for (const m of mentions) this.#remove(m);
  }

  /** Drop mentions that start inside `root` (it is about to be scanned again), or every mention whose text left the page. */
  removeWhere(test: (m: PageMention) => boolean): void {
    for (const m of this.#mentions.values()) if (test(m)) this.#remove(m);
  }

  /** Every mention's range, in no particular order. */
  ranges(): Iterable<Range> {
    return this.#mentions.keys();
  }

  /** The mentions in document order: the path the keyboard walks. */
  inDocumentOrder(): PageMention[] {
    return [...this.#mentions.values()].sort((a, b) =>
      a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
    );
  }

  /** Ids of the entities on the page (for ranking related articles by overlap). */
  entityIds(): string[] {
    return [...new Set([...this.#mentions.values()].map((m) => m.found.entityId))];
  }

  /** The entities on the page with their mention counts, most mentioned first, then by name. */
  pageEntities(entities: ReadonlyMap<string, MatcherEntity>): PageEntity[] {
    const counts = new Map<string, number>();
    for (const m of this.#mentions.values())
      counts.set(m.found.entityId, (counts.get(m.found.entityId) ?? 0) + 1);
    const out: PageEntity[] = [];
    for (const [id, count] of counts) {
      const e = entities.get(id);
      if (e) out.push({ id, name: e.name, kind: e.kind, count });
    }
    return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** Take every mention off the page, and stop choosing what is painted and telling the count. */
  destroy(): void {
    this.removeWhere(() => true);
    this.index.clear();
    this.#painted.destroy();
    clearTimeout(this.#countTimer);
    this.#countTimer = undefined;
  }
}

/** Whether a mention's text is gone or no longer where it was (its live range collapsed or detached). */
export function isStale(m: PageMention): boolean {
  return m.range.collapsed || m.pieces.some((p) => !p.node.isConnected || p.end > p.node.length);
}
