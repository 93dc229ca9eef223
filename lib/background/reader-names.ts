/**
 * Names learned from the reader's own articles: every article the reader
 * clips or imports goes through the same discovery as the corpus build
 * (`discoverArticle`), and
 * a leader, agreement or event it names that no known entity is called
 * becomes a name of its own, kept with the articles that name it. A name no
 * article supports any more is forgotten. Pure: the background stores them
 * (`lib/background/db/reader-entities.ts`).
 */
import type { Entity } from '../shared/corpus/types';
import type { ReaderEntity } from './db/database';
import { phraseKey } from '../shared/discover/fold-name';
import { entityOf, spellingIndex, spellingKeys } from '../shared/discover/spelling-index';
import { mergeEntities } from '../shared/discover/merge-entities';
import type { Candidate } from '../shared/discover/types';

export interface Learned {
  /** Every reader name after learning: the ones before (with more support) and the new ones. */
  entities: ReaderEntity[];
  /** Ids of the names that are new. */
  added: string[];
}

/**
 * What `unknown` names that none of `names` is, merged as the build merges with the names as the
 * reviewed layer. Only the names that share a spelling key with what `unknown` merges into can absorb
 * it or claim its spellings, so those alone go into the merge (the others would only cost time: all
 * of them are tens of thousands of spellings); ids the others hold are not reused.
 */
function freshEntities(
  unknown: readonly Candidate[],
  names: readonly Entity[],
  index: ReadonlyMap<string, string>,
): Entity[] {
  const byId = new Map(names.map((e) => [e.id, e]));
  const byIdKey = new Map(names.map((e) => [phraseKey(e.id), e.id]));
  const near = new Set<string>();
  for (const e of mergeEntities(unknown).entities)
    for (const s of [e.id, ...e.aliases, ...(e.shortForms ?? [])]) {
      for (const k of spellingKeys(s)) {
        const id = index.get(k) ?? byIdKey.get(k);
        if (id) near.add(id);
      }
    }
  const reviewed = [...near].map((id) => byId.get(id) as Entity);
  const taken = new Set(byId.keys());
  return mergeEntities(unknown, { entities: reviewed, corrections: [] })
    .entities.filter((e) => e.origin === 'discovered')
    .map((e) => {
      let id = e.id;
      for (let n = 2; taken.has(id); n++) id = `${e.id}-${n}`;
      taken.add(id);
      return id === e.id ? e : { ...e, id };
    });
}

/**
 * Learn from the candidates discovery found in some articles
 * (`discoverArticle`): what they name that `known` (the corpus's entities)
 * and `reader` (the names learned before) do not, merged as the build merges,
 * with the known and learned names as the reviewed layer so that they keep
 * their ids and absorb their own spellings.
 */
export function learnNames(
  known: readonly Entity[],
  reader: readonly ReaderEntity[],
  candidates: readonly Candidate[],
): Learned {
  const index = spellingIndex([...known, ...reader]);
  const support = new Map(reader.map((e) => [e.id, new Set(e.support)]));
  const unknown: Candidate[] = [];
  for (const c of candidates) {
    const id = entityOf(c.name, index);
    if (id === undefined) unknown.push(c);
    else support.get(id)?.add(c.articleId);
  }
  const fresh = unknown.some((c) => !c.single)
    ? freshEntities(unknown, [...known, ...reader], index)
    : [];
  const added = fresh.map((e): ReaderEntity => {
    const own = spellingIndex([e]);
    const from = unknown.filter((c) => entityOf(c.name, own) !== undefined).map((c) => c.articleId);
    return { ...e, origin: 'reader', support: [...new Set(from)] };
  });
  const before = reader.map((e) => ({ ...e, support: [...(support.get(e.id) ?? [])] }));
  return { entities: [...before, ...added], added: added.map((e) => e.id) };
}

/** The reader names once article `articleId` is gone: each loses its support; one left with none goes. */
export function forgetArticle(
  reader: readonly ReaderEntity[],
  articleId: string,
): { entities: ReaderEntity[]; removed: string[] } {
  const entities: ReaderEntity[] = [];
  const removed: string[] = [];
  for (const e of reader) {
    const support = e.support.filter((id) => id !== articleId);
    if (support.length > 0) entities.push({ ...e, support });
    else removed.push(e.id);
  }
  return { entities, removed };
}
