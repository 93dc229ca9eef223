import type { MatchRule } from '../corpus/types';
import { SPACE, foldText, isWordUnit, type Folded } from './fold';
import { CONTEXT_WORD, FULL, SHORT, type EntityRules, type Patterns } from './patterns';
import { otherPairBeside } from './pair-qualifier';
import { YEAR_RE } from './policy';
import { judgeShort, type WordLists } from './short-form';
import {
  isLowerAt,
  isRealSpace,
  isUpperAt,
  unitsString,
  wordEndFrom,
  wordStartBefore,
  type TextView,
} from './text-view';
import { WordTrie, type KeyHit } from './word-trie';
import type { FindOptions, FoundMention, Matcher, MatcherData } from './types';

/** A key written in the text; `rule` is set once a short form is judged (full forms: `full`). */
interface Hit extends KeyHit {
  rule?: MatchRule;
}

/** People's full names are written capitalised: each word's first letter, or the whole name. */
function capitalised(v: TextView, i: number, j: number): boolean {
  const { f, text } = v;
  let eachWord = true;
  let allUpper = true;
  for (let k = i; k < j; k++) {
    if (!isWordUnit(f.units[k] as number)) continue;
    const at = f.starts[k] as number;
    if (isLowerAt(text, at)) allUpper = false;
    const wordStart =
      k === i ||
      (!isWordUnit(f.units[k - 1] as number) &&
        (f.units[k - 1] !== SPACE || isRealSpace(v, k - 1)));
    if (wordStart && !isUpperAt(text, at)) eachWord = false;
  }
  return eachWord || allUpper;
}

/** Whether another year stands right next to an event's name (`APEC summit 2027`, `2027 APEC summit`). */
function otherYearBeside(f: Folded, hit: Hit, year: number): boolean {
  const check = (s: number, e: number): boolean => {
    const w = unitsString(f, s, e);
    return YEAR_RE.test(w) && Number(w) !== year;
  };
  const after = hit.j + 1;
  if (f.units[hit.j] === SPACE && after < f.length && check(after, wordEndFrom(f, after)))
    return true;
  const before = hit.i - 1;
  return before > 0 && f.units[before] === SPACE && check(wordStartBefore(f, before), before);
}

/** Where each entity's context words were found (unit positions), for entities that need context. */
function contextPositions(hits: Hit[]): Map<number, number[]> {
  const at = new Map<number, number[]>();
  for (const h of hits) {
    if (h.row[3] !== CONTEXT_WORD) continue;
    const list = at.get(h.row[1]) ?? [];
    list.push(h.i);
    at.set(h.row[1], list);
  }
  return at;
}

/**
 * Keep full-form hits that read as the entity: people's names capitalised, an
 * event not next to another year, an agreement that needs context only on a
 * page with it and not qualified by another pair of countries.
 */
function fullHits(v: TextView, hits: Hit[], rules: EntityRules[]): Hit[] {
  const context = contextPositions(hits);
  return hits.filter((h) => {
    if (h.row[3] !== FULL) return false;
    const r = rules[h.row[1]] as EntityRules;
    if (r.name === 1 && !capitalised(v, h.i, h.j)) return false;
    if (r.year !== undefined && otherYearBeside(v.f, h, r.year)) return false;
    if (r.needsContext !== 1) return true;
    const at = context.get(h.row[1]);
    return at !== undefined && !otherPairBeside(v, h.i, h.j, at);
  });
}

/** Whether a full hit of the same entity covers `h` (`Lee` inside `Lee Jae-myung`); `full` is in text order. */
function insideFull(h: Hit, full: Hit[], reach: number): boolean {
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((full[mid] as Hit).i <= h.i) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && (full[k] as Hit).i >= h.i - reach; k--) {
    const x = full[k] as Hit;
    if (x.row[1] === h.row[1] && x.j >= h.j) return true;
  }
  return false;
}

/** What the short-form pass needs besides the hits. */
interface ShortContext {
  v: TextView;
  p: Patterns;
  lists: WordLists;
  /** Longest key length: how far back a covering full hit can start. */
  reach: number;
  /** Entity indices named in full in this text or elsewhere on the page. */
  named: ReadonlySet<number>;
}

/**
 * Short forms that count: after a title, after a full mention anywhere in the
 * text, or alone when distinctive and no other person of that name is on the page.
 */
function shortHits(c: ShortContext, hits: Hit[], full: Hit[]): Hit[] {
  const judged = hits
    .filter((h) => h.row[3] === SHORT && !insideFull(h, full, c.reach))
    .map((h) => ({
      h,
      verdict: judgeShort(c.v, c.p.rules[h.row[1]] as EntityRules, c.lists, h.i, h.j),
    }));
  const others = new Set(judged.filter((x) => x.verdict === 'glued').map((x) => x.h.row[1]));
  const out: Hit[] = [];
  for (const { h, verdict } of judged) {
    const e = h.row[1];
    if (verdict === 'title') out.push({ ...h, rule: 'title' });
    else if (verdict === 'plain' && c.named.has(e)) out.push({ ...h, rule: 'after-full' });
    else if (
      verdict === 'plain' &&
      !others.has(e) &&
      c.p.rules[e]?.distinctive.includes(h.row[0])
    ) {
      out.push({ ...h, rule: 'distinctive' });
    }
  }
  return out;
}

/**
 * Leftmost, and of overlapping hits the longest: hits in text order (longest
 * first at one start); a later hit that overlaps the last kept one replaces it
 * only if it is longer. Kept hits never overlap, so only the last can.
 */
function resolve(hits: Hit[]): Hit[] {
  const ordered = [...hits].sort((a, b) => a.i - b.i || b.j - a.j);
  const kept: Hit[] = [];
  for (const h of ordered) {
    const last = kept[kept.length - 1];
    if (!last || last.j <= h.i) kept.push(h);
    else if (h.j - h.i > last.j - last.i) kept[kept.length - 1] = h;
  }
  return kept;
}

function toFound(text: string, f: Folded, data: MatcherData, h: Hit): FoundMention {
  const start = f.starts[h.i] as number;
  const end = f.ends[h.j - 1] as number;
  const entityId = data.entities[h.row[1]]?.id ?? '';
  return {
    entityId,
    start,
    end,
    surface: text.slice(start, end),
    alias: h.row[2],
    rule: h.rule ?? 'full',
  };
}

/**
 * Build the runtime matcher from compiled tables (see `compile.ts`). The
 * matcher keeps one fold buffer and reuses it between calls.
 */
export function createMatcher(data: MatcherData): Matcher {
  if (data.format !== 1) throw new Error(`Unsupported matcher data format: ${String(data.format)}`);
  const p = data.patterns as Patterns;
  const trie = new WordTrie(p.rows);
  const reach = p.rows.reduce((n, r) => Math.max(n, r[0].length), 0);
  const indexOfId = new Map(data.entities.map((e, i) => [e.id, i]));
  const lists: WordLists = {
    honorifics: new Set(p.honorifics),
    otherTitles: new Set(p.otherTitles),
    openWords: new Set(p.openWords),
  };
  let buffer: Folded | undefined;
  return {
    entities: data.entities,
    findMentions(text: string, options?: FindOptions): FoundMention[] {
      const f = (buffer = foldText(text, buffer));
      const hits: Hit[] = trie.find(f);
      if (hits.length === 0) return [];
      const v: TextView = { text, f };
      const full = fullHits(v, hits, p.rules);
      const named = new Set(full.map((h) => h.row[1]));
      for (const id of options?.alreadyNamed ?? []) {
        const i = indexOfId.get(id);
        if (i !== undefined) named.add(i);
      }
      const chosen = resolve([...full, ...shortHits({ v, p, lists, reach, named }, hits, full)]);
      return chosen.map((h) => toFound(text, f, data, h));
    },
  };
}
