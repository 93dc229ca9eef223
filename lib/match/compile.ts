import type { Entity } from '../corpus/types';
import { foldKey, isWordUnit } from './fold';
import type { EntityRules, PatternRow, Patterns } from './patterns';
import { DISTINCTIVE, HONORIFICS, OPEN_WORDS } from './policy';
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
    distinctive: uniqueKeys(DISTINCTIVE[e.id]),
  };
  const year = e.kind === 'event' ? /\b(?:19|20)\d\d\b/.exec(e.name.en) : null;
  if (year) rules.year = Number(year[0]);
  return rules;
}

function rowsOf(e: Entity, index: number): PatternRow[] {
  const rows: PatternRow[] = [];
  const seen = new Set<string>();
  const add = (form: string, short: 0 | 1): void => {
    const key = foldKey(form);
    if (key === '' || seen.has(key) || !isWordUnit(key.charCodeAt(0))) return;
    seen.add(key);
    rows.push([key, index, form, short]);
  };
  for (const alias of e.aliases) for (const v of variants(alias)) add(v, 0);
  for (const short of e.shortForms ?? []) add(short, 1);
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
    openWords: uniqueKeys(OPEN_WORDS),
  };
  return {
    format: 1,
    entities: entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name.en })),
    patterns,
  };
}
