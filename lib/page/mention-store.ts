/**
 * The mentions currently on the page, kept in step with the highlights and the
 * hit-test index, and counted per entity for the popup.
 */
import type { PageEntity } from '../messages/protocol';
import type { MatcherEntity } from '../match/types';
import type { Highlighter } from './highlighter';
import { MentionIndex } from './hit-test';
import type { PageMention } from './page-mention';

export class MentionStore {
  readonly index = new MentionIndex();
  readonly #mentions = new Set<PageMention>();
  readonly #highlighter: Highlighter;

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
    }
  }

  /** Drop mentions that start inside `root` (it is about to be scanned again), or every mention whose text left the page. */
  removeWhere(test: (m: PageMention) => boolean): void {
    for (const m of this.#mentions) {
      if (!test(m)) continue;
      this.#mentions.delete(m);
      this.index.remove(m);
      this.#highlighter.remove(m.kind, m.range);
    }
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
  return (
    m.range.collapsed || m.pieces.some((p) => !p.node.isConnected || p.end > p.node.data.length)
  );
}
