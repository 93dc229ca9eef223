/**
 * The mentions currently on the page, kept in step with the highlights and the
 * hit-test index, and counted per entity for the popup.
 */
import type { PageEntity } from '../shared/messages/protocol';
import type { MatcherEntity } from '../shared/match/types';
import type { Highlighter } from './highlighter';
import { MentionIndex } from './hit-test';
import type { PageMention } from './page-mention';

export class MentionStore {
  readonly index = new MentionIndex();
  readonly #mentions = new Set<PageMention>();
  readonly #highlighter: Highlighter;
  /** How many mentions written in full each entity has: their short forms count anywhere on the page. */
  readonly #full = new Map<string, number>();

  constructor(highlighter: Highlighter) {
    this.#highlighter = highlighter;
  }

  get size(): number {
    return this.#mentions.size;
  }

  add(mentions: readonly PageMention[]): void {
    for (const m of mentions) {
      this.#mentions.add(m);
      this.index.add(m);
      this.#highlighter.add(m.kind, m.range);
      if (m.found.rule === 'full') this.#full.set(m.found.entityId, this.#countFull(m) + 1);
    }
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
    if (!this.#mentions.delete(m)) return;
    this.index.remove(m);
    this.#highlighter.remove(m.kind, m.range);
    if (m.found.rule !== 'full') return;
    const left = this.#countFull(m) - 1;
    if (left > 0) this.#full.set(m.found.entityId, left);
    else this.#full.delete(m.found.entityId);
  }

  /** Drop these mentions (those still held). */
  remove(mentions: Iterable<PageMention>): void {
    for (const m of mentions) this.#remove(m);
  }

  /** Drop mentions that start inside `root` (it is about to be scanned again), or every mention whose text left the page. */
  removeWhere(test: (m: PageMention) => boolean): void {
    for (const m of this.#mentions) if (test(m)) this.#remove(m);
  }

  /** Ids of the entities on the page (for ranking related articles by overlap). */
  entityIds(): string[] {
    return [...new Set([...this.#mentions].map((m) => m.found.entityId))];
  }

  /** The entities on the page with their mention counts, most mentioned first, then by name. */
  pageEntities(entities: ReadonlyMap<string, MatcherEntity>): PageEntity[] {
    const counts = new Map<string, number>();
    for (const m of this.#mentions)
      counts.set(m.found.entityId, (counts.get(m.found.entityId) ?? 0) + 1);
    const out: PageEntity[] = [];
    for (const [id, count] of counts) {
      const e = entities.get(id);
      if (e) out.push({ id, name: e.name, kind: e.kind, count });
    }
    return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  clear(): void {
    this.removeWhere(() => true);
    this.index.clear();
  }
}

/** Whether a mention's text is gone or no longer where it was (its live range collapsed or detached). */
export function isStale(m: PageMention): boolean {
  return m.range.collapsed || m.pieces.some((p) => !p.node.isConnected || p.end > p.node.length);
}
