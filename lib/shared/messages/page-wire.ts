/**
 * The wire format of page matching, shared by the page (which sends its text
 * and places what comes back) and the background (which matches): compact
 * arrays of numbers rather than objects, because a long page has thousands
 * of paragraphs and mentions and the page pays for every value it sends or reads.
 */
import * as v from 'valibot';
import { ENTITY_KINDS, MATCH_RULES, type MatchRule } from '../corpus/types';
import type { MatcherEntity } from '../match/types';
import { once } from '../once';
import { checkedBy } from './schema-kit';

/** The piece number that marks a line break (a `<br>`) among a run's `[piece, start, end]` parts. */
export const LINE_BREAK_PART = -1;

/** The rules by their code in {@link PageMatch.mentions}. */
export const RULE_CODES: readonly MatchRule[] = MATCH_RULES;

/** Numbers per mention in {@link PageMatch.mentions}. */
export const MENTION_FIELDS = 8;

/**
 * What was found in a page's marked paragraphs. Mention `k` is
 * `mentions[k * 8 .. k * 8 + 8)`: start piece, start offset, end piece, end
 * offset (exclusive), then indices into `entities`, `strings` (the alias that
 * matched), `strings` (the surface: the page's own text of the mention, without
 * the line break a `<br>` in it makes) and {@link RULE_CODES}.
 */
export const pageMatchSchema = once(() =>
  v.object({
    entities: v.array(
      v.object({ id: v.string(), kind: v.picklist(ENTITY_KINDS), name: v.string() }),
    ) satisfies v.GenericSchema<unknown, MatcherEntity[]>,
    strings: checkedBy(isStringList, 'strings must be a list of strings'),
    mentions: checkedBy(isIntegerList, 'mentions must be a list of integers'),
  }),
);
export type PageMatch = v.InferOutput<ReturnType<typeof pageMatchSchema>>;

export function isIntegerList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every(Number.isInteger);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'string');
}

/** One mention of a {@link PageMatch}, unpacked. */
export interface PlacedMention {
  from: [piece: number, offset: number];
  to: [piece: number, offset: number];
  entity: MatcherEntity;
  alias: string;
  surface: string;
  rule: MatchRule;
}

/** The mentions of `match`; entries whose numbers do not fit its lists are dropped (a reply is data, not trusted). */
export function unpackPageMatch(match: PageMatch): PlacedMention[] {
  const out: PlacedMention[] = [];
  const m = match.mentions;
  for (let k = 0; k + MENTION_FIELDS <= m.length; k += MENTION_FIELDS) {
    const [sp, so, ep, eo, e, a, s, r] = m.slice(k, k + MENTION_FIELDS) as number[] as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const entity = match.entities[e];
    const alias = match.strings[a];
    const surface = match.strings[s];
    const rule = RULE_CODES[r];
    if (!entity || alias === undefined || surface === undefined || !rule) continue;
    if (![sp, so, ep, eo].every((v) => Number.isInteger(v) && v >= 0)) continue;
    out.push({ from: [sp, so], to: [ep, eo], entity, alias, surface, rule });
  }
  return out;
}
