import type { MatchRule } from '../corpus/types';
import { SPACE, foldText, isWordUnit, type Folded } from './fold';
import { CONTEXT_WORD, FULL, SHORT } from './patterns';
import { otherPairBeside } from './pair-qualifier';
import { YEAR_RE } from './policy';
import { leftmostLongest } from './overlaps';
import { judgeShort } from './short-form';
import { siftText } from './sift';
import { TablesView } from './tables-view';
import { TABLES_FORMAT, type MatcherTables } from './tables';
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
import type { FindOptions, FoundMention, Matcher, MatcherEntity } from './types';

/** A key written in the text, with its row's entity and kind; `rule` is set once a short form is judged. */
interface Hit extends KeyHit {
  entity: number;
  kind: number;
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
    if (h.kind !== CONTEXT_WORD) continue;
    const list = at.get(h.entity) ?? [];
    list.push(h.i);
    at.set(h.entity, list);
  }
  return at;
}

/**
 * Keep full-form hits that read as the entity: people's names capitalised, an
 * event not next to another year, an agreement that needs context only on a
 * page with it and not qualified by another pair of countries.
 */
function fullHits(v: TextView, hits: Hit[], view: TablesView): Hit[] {
  const context = contextPositions(hits);
  return hits.filter((h) => {
    if (h.kind !== FULL) return false;
    const r = view.rules(h.entity);
    if (r.name === 1 && !capitalised(v, h.i, h.j)) return false;
    if (r.year !== undefined && otherYearBeside(v.f, h, r.year)) return false;
    if (r.needsContext !== 1) return true;
    const at = context.get(h.entity);
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
    if (x.entity === h.entity && x.j >= h.j) return true;
  }
  return false;
}

/**
 * Short forms that count: after a title, after a full mention anywhere in the
 * text, or alone when distinctive and no other person of that name is on the page.
 */
function shortHits(
  v: TextView,
  view: TablesView,
  hits: Hit[],
  full: Hit[],
  named: ReadonlySet<number>,
): Hit[] {
  const judged = hits
    .filter((h) => h.kind === SHORT && !insideFull(h, full, view.reach))
    .map((h) => ({ h, verdict: judgeShort(v, view.rules(h.entity), view.lists, h.i, h.j) }));
  const others = new Set(judged.filter((x) => x.verdict === 'glued').map((x) => x.h.entity));
  const out: Hit[] = [];
  for (const { h, verdict } of judged) {
    const e = h.entity;
    if (verdict === 'title') out.push({ ...h, rule: 'title' });
    else if (verdict === 'plain' && named.has(e)) out.push({ ...h, rule: 'after-full' });
    else if (
      verdict === 'plain' &&
      !others.has(e) &&
      view.rules(e).distinctive.includes(view.key(h.row))
    )
      out.push({ ...h, rule: 'distinctive' });
  }
  return out;
}

function toFound(text: string, f: Folded, view: TablesView, h: Hit): FoundMention {
  const start = f.starts[h.i] as number;
  const end = f.ends[h.j - 1] as number;
  return {
    entityId: view.entityId(h.entity),
    start,
    end,
    surface: text.slice(start, end),
    alias: view.alias(h.row),
    rule: h.rule ?? 'full',
  };
}

/** What joins a page's texts into one: a paragraph break, which no name crosses. */
const PAGE_BREAK = '\n\n';

/** The mentions of several texts joined into one with paragraph breaks, cut back into one list per text. */
function splitByText(found: FoundMention[], texts: readonly string[]): FoundMention[][] {
  const out: FoundMention[][] = texts.map(() => []);
  let t = 0;
  let base = 0;
  for (const m of found) {
    while (t < texts.length - 1 && m.start >= base + (texts[t] as string).length) {
      base += (texts[t] as string).length + PAGE_BREAK.length;
      t++;
    }
    out[t]?.push({ ...m, start: m.start - base, end: m.end - base });
  }
  return out;
}

/**
 * Build the runtime matcher from compiled tables (`compile.ts`). Nothing is
 * unpacked here: a woken background matches from stored tables at once.
 */
export function createMatcher(tables: MatcherTables): Matcher {
  if (tables.format !== TABLES_FORMAT)
    throw new Error(`Unsupported matcher tables format: ${String(tables.format)}`);
  const view = new TablesView(tables);
  const trie = new WordTrie(tables, (row) => view.key(row));
  const hitsOf = (f: Folded): Hit[] =>
    trie.find(f).map((k) => ({
      ...k,
      entity: tables.rowEntity[k.row] as number,
      kind: tables.rowKind[k.row] as number,
    }));
  let buffer: Folded | undefined;
  const findMentions = (text: string, options?: FindOptions): FoundMention[] => {
    const f = (buffer = foldText(text, buffer));
    const hits = hitsOf(f);
    if (hits.length === 0) return [];
    const v: TextView = { text, f };
    const full = fullHits(v, hits, view);
    const named = new Set(full.map((h) => h.entity));
    for (const id of options?.alreadyNamed ?? []) {
      const i = view.indexOf(id);
      if (i !== undefined) named.add(i);
    }
    const chosen = leftmostLongest(
      [...full, ...shortHits(v, view, hits, full, named)],
      (h) => h.i,
      (h) => h.j,
    );
    return chosen.map((h) => toFound(text, f, view, h));
  };
  const entities = new Map<string, MatcherEntity | undefined>();
  return {
    entity(id) {
      if (!entities.has(id)) {
        const e = view.indexOf(id);
        entities.set(
          id,
          e === undefined ? undefined : { id, kind: view.kind(e), name: view.entityName(e) },
        );
      }
      return entities.get(id);
    },
    findMentions,
    findInPage: (texts, options) =>
      texts.length === 1
        ? [findMentions(texts[0] as string, options)]
        : splitByText(findMentions(texts.join(PAGE_BREAK), options), texts),
    sift: (texts) => siftText(texts, { view, trie, find: (f) => hitsOf(f) }),
  };
}
