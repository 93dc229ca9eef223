import type { MatchRule } from '../corpus/types';
import type { FoundMention } from './types';

/**
 * Mentions for several texts in a compact, JSON-friendly form for a message:
 * entity ids and aliases listed once, each mention five numbers. A 1 MB page's
 * ~3,000 mentions then cross as ~60 KB instead of ~300 KB of objects, and the
 * page decodes less on its main thread.
 */
export interface PackedMentions {
  entityIds: string[];
  aliases: string[];
  /** Per text: `[entity, start, end, alias, rule]` for each mention, flattened. */
  texts: number[][];
}

const RULES: readonly MatchRule[] = ['full', 'title', 'after-full', 'distinctive'];
const FIELDS = 5;

/** Pack the mentions of each text. */
export function packMentions(lists: readonly (readonly FoundMention[])[]): PackedMentions {
  const entityIds: string[] = [];
  const aliases: string[] = [];
  const slot = (list: string[], seen: Map<string, number>, value: string): number => {
    let i = seen.get(value);
    if (i === undefined) seen.set(value, (i = list.push(value) - 1));
    return i;
  };
  const entitySlots = new Map<string, number>();
  const aliasSlots = new Map<string, number>();
  const texts = lists.map((list) =>
    list.flatMap((m) => [
      slot(entityIds, entitySlots, m.entityId),
      m.start,
      m.end,
      slot(aliases, aliasSlots, m.alias),
      RULES.indexOf(m.rule),
    ]),
  );
  return { entityIds, aliases, texts };
}

/**
 * The mentions in text `i` (`text` is that text: the surfaces are cut from it).
 * Entries that do not fit the text or the lists are dropped: a reply is data, not trusted.
 */
export function unpackMentions(packed: PackedMentions, i: number, text: string): FoundMention[] {
  const flat = packed.texts[i] ?? [];
  const out: FoundMention[] = [];
  for (let k = 0; k + FIELDS <= flat.length; k += FIELDS) {
    const [e, start, end, a, r] = flat.slice(k, k + FIELDS) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const entityId = packed.entityIds[e];
    const alias = packed.aliases[a];
    const rule = RULES[r];
    if (entityId === undefined || alias === undefined || rule === undefined) continue;
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      0 <= start &&
      start < end &&
      end <= text.length
    ))
      continue;
    out.push({ entityId, start, end, surface: text.slice(start, end), alias, rule });
  }
  return out;
}
