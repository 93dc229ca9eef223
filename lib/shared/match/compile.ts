import type { Entity } from '../corpus/types';
import { foldKey, isWordUnit } from './fold';
import { CONTEXT_WORD, FULL, SHORT, type RowKind } from './patterns';
import { CONTEXT, DISTINCTIVE, HONORIFICS, OPEN_WORDS, OTHER_TITLES } from './policy';
import { StringPoolBuilder } from './string-pool';
import {
  FLAG_NAME,
  FLAG_NEEDS_CONTEXT,
  KIND_CODES,
  LISTS_PER_ENTITY,
  TABLES_FORMAT,
  type MatcherTables,
} from './tables';
import { buildTrie } from './word-trie';

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

/** The words an entity's page must show for it to count: its own, else the policy's. */
function contextOf(e: Entity): readonly string[] {
  return e.context ?? CONTEXT[e.id] ?? [];
}

/** One row before it is put in the tables. */
interface Row {
  key: string;
  entity: number;
  alias: string;
  kind: RowKind;
}

function rowsOf(e: Entity, index: number): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (form: string, kind: RowKind): void => {
    const key = foldKey(form);
    if (key === '' || seen.has(`${kind}${key}`) || !isWordUnit(key.charCodeAt(0))) return;
    seen.add(`${kind}${key}`);
    rows.push({ key, entity: index, alias: form, kind });
  };
  for (const alias of e.aliases) for (const v of variants(alias)) add(v, FULL);
  for (const short of e.shortForms ?? []) add(short, SHORT);
  for (const word of e.context ?? CONTEXT[e.id] ?? []) add(word, CONTEXT_WORD);
  return rows;
}

/** The four word lists of one entity (`LIST_*` order in tables.ts). */
function listsOf(e: Entity): string[][] {
  return [
    uniqueKeys(e.titles),
    uniqueKeys(e.notBefore),
    [...new Set((e.shortForms ?? []).map((s) => s.normalize('NFC').toLowerCase()))],
    uniqueKeys(e.distinctive ?? DISTINCTIVE[e.id]),
  ];
}

/** The per-entity columns and word lists. */
function entityColumns(entities: readonly Entity[], pool: StringPoolBuilder) {
  const n = entities.length;
  const cols = {
    entityId: new Uint32Array(n),
    entityName: new Uint32Array(n),
    entityKind: new Uint8Array(n),
    entityFlags: new Uint8Array(n),
    entityYear: new Uint16Array(n),
    listStarts: new Uint32Array(n * LISTS_PER_ENTITY + 1),
  };
  const items: number[] = [];
  entities.forEach((e, i) => {
    cols.entityId[i] = pool.add(e.id);
    cols.entityName[i] = pool.add(e.name.en);
    cols.entityKind[i] = Math.max(0, KIND_CODES.indexOf(e.kind));
    cols.entityFlags[i] =
      (e.caseRule === 'name' ? FLAG_NAME : 0) | (contextOf(e).length > 0 ? FLAG_NEEDS_CONTEXT : 0);
    const year = e.kind === 'event' ? /\b(?:19|20)\d\d\b/.exec(e.name.en) : null;
    cols.entityYear[i] = year ? Number(year[0]) : 0;
    listsOf(e).forEach((list, k) => {
      for (const s of list) items.push(pool.add(s));
      cols.listStarts[i * LISTS_PER_ENTITY + k + 1] = items.length;
    });
  });
  return { ...cols, listItems: Uint32Array.from(items) };
}

/**
 * Compile the entities into the matcher's tables. Every alias, short form,
 * title and `notBefore` word is folded here, so matching only compares folded
 * units. `source` says what they were compiled from (kept with them in storage).
 */
export function compileMatcher(entities: readonly Entity[], source = ''): MatcherTables {
  const pool = new StringPoolBuilder();
  const rows = entities.flatMap(rowsOf);
  const ids = (words: readonly string[]) => Uint32Array.from(uniqueKeys(words), (w) => pool.add(w));
  const columns = entityColumns(entities, pool);
  return {
    format: TABLES_FORMAT,
    source,
    reach: rows.reduce((n, r) => Math.max(n, r.key.length), 0),
    ...columns,
    rowKey: Uint32Array.from(rows, (r) => pool.add(r.key)),
    rowEntity: Uint32Array.from(rows, (r) => r.entity),
    rowAlias: Uint32Array.from(rows, (r) => pool.add(r.alias)),
    rowKind: Uint8Array.from(rows, (r) => r.kind),
    ...buildTrie(rows.map((r) => r.key)),
    honorifics: ids(HONORIFICS),
    otherTitles: ids(OTHER_TITLES),
    openWords: ids(OPEN_WORDS),
    strings: pool.build(),
  };
}
