/**
 * Which known entity a spelling belongs to, by the keys that make two
 * spellings of one name equal (`fold-name.ts`): as a person's name and as a
 * phrase. For what the reader's articles add to names already known.
 */
import type { Entity } from '../corpus/types';
import { personKey, phraseKey } from './fold-name';

/** The keys of one spelling. */
export function spellingKeys(spelling: string): string[] {
  return [personKey(spelling), phraseKey(spelling)].filter((k) => k !== '');
}

/** Every key of every spelling (aliases and short forms) of `entities`, with the entity it belongs to. */
export function spellingIndex(entities: readonly Entity[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entities)
    for (const s of [...e.aliases, ...(e.shortForms ?? [])])
      for (const k of spellingKeys(s)) if (!index.has(k)) index.set(k, e.id);
  return index;
}

/** The id of the entity `spelling` belongs to in `index`, if any. */
export function entityOf(spelling: string, index: ReadonlyMap<string, string>): string | undefined {
  for (const k of spellingKeys(spelling)) {
    const id = index.get(k);
    if (id) return id;
  }
  return undefined;
}
