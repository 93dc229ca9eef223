import type { Entity } from '../corpus/types';
import { foldKey, isWordUnit } from './fold';
import {
  CONTEXT_WORD,
  FULL,
  SHORT,
  type EntityRules,
  type PatternRow,
  type Patterns,
} from './patterns';
import { CONTEXT, DISTINCTIVE, HONORIFICS, OPEN_WORDS, OTHER_TITLES } from './policy';
import type { MatcherData } from './types';

/** The first word of a folded key: the run of word units it starts with. */
export function firstWord(key: string): string {
  let i = 0;
  while (i < key.length && isWordUnit(key.charCodeAt(i))) i++;
  return key.slice(0, i);
}

/**
 * Forms the gazetteer implies without listing: a middle initial written
 * without its full stop (`Marc E Knapper` for `Marc E. Knapper`).
 */
function variants(alias: string): string[] {
  const bare = alias.replace(/(^|\s)(\p{Lu})\.(?=\s)/gu, '$1$2');
  return bare === alias ? [alias] : [alias, bare];
}

function uniqueKeys(forms: readonly string[] | undefined): string[] {
  return [...new Set((forms ?? []).map(foldKey).filter((k) => k !== ''))];
}

function rulesOf(e: Entity): EntityRules {
  const rules: EntityRules = {
    name: e.caseRule === 'name' ? 1 : 0,
    titles: uniqueKeys(e.titles),
    notBefore: uniqueKeys(e.notBefore),
    spellings: [...new Set((e.shortForms ?? []).map((s) => s.normalize('NFC').toLowerCase()))],
    distinctive: uniqueKeys(e.distinctive ?? DISTINCTIVE[e.id]),
  };
  const year = e.kind === 'event' ? /\b(?:19|20)\d\d\b/.exec(e.name.en) : null;
  if (year) rules.year = Number(year[0]);
  if ((e.context ?? CONTEXT[e.id])?.length) rules.needsContext = 1;
  return rules;
}

function rowsOf(e: Entity, index: number): PatternRow[] {
  const rows: PatternRow[] = [];
  const seen = new Set<string>();
  const add = (form: string, kind: 0 | 1 | 2): void => {
    const key = foldKey(form);
    if (key === '' || seen.has(`${kind}${key}`) || !isWordUnit(key.charCodeAt(0))) return;
    seen.add(`${kind}${key}`);
    rows.push([key, index, form, kind]);
  };
  for (const alias of e.aliases) for (const v of variants(alias)) add(v, FULL);
  for (const short of e.shortForms ?? []) add(short, SHORT);
  for (const word of e.context ?? CONTEXT[e.id] ?? []) add(word, CONTEXT_WORD);
  return rows;
}

/**
 * Compile the gazetteer into the matcher's tables (build time). Every alias,
 * short form, title and `notBefore` word is folded here, so the content script
 * only compares folded units. Rows are indexed by their first folded word,
 * longest key first, so the runtime tries the longest form first.
 */
export function compileMatcher(entities: Entity[]): MatcherData {
  const rows = entities.flatMap(rowsOf);
  const byFirst: Record<string, number[]> = {};
  rows.forEach(([key], i) => (byFirst[firstWord(key)] ??= []).push(i));
  for (const list of Object.values(byFirst)) {
    list.sort(
      (a, b) => (rows[b] as PatternRow)[0].length - (rows[a] as PatternRow)[0].length || a - b,
    );
  }
  const patterns: Patterns = {
    rows,
    byFirst,
    rules: entities.map(rulesOf),
    honorifics: uniqueKeys(HONORIFICS),
    otherTitles: uniqueKeys(OTHER_TITLES),
    openWords: uniqueKeys(OPEN_WORDS),
  };
  return {
    format: 1,
    entities: entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name.en })),
    patterns,
  };
}
