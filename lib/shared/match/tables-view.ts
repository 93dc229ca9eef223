/**
 * Reads {@link MatcherTables} as the matcher asks: a row's key, an entity's
 * id or rules. Nothing is unpacked up front; what is read is kept, so a woken
 * background matches at once and pays only for the entities a page names.
 */
import type { EntityKind } from '../corpus/types';
import type { EntityRules } from './patterns';
import type { WordLists } from './short-form';
import { StringPoolReader } from './string-pool';
import {
  FLAG_NAME,
  FLAG_NEEDS_CONTEXT,
  KIND_CODES,
  LISTS_PER_ENTITY,
  LIST_DISTINCTIVE,
  LIST_NOT_BEFORE,
  LIST_SPELLINGS,
  LIST_TITLES,
  type MatcherTables,
} from './tables';

export class TablesView {
  readonly tables: MatcherTables;
  readonly lists: WordLists;
  /** Longest key length: how far back a covering full hit can start. */
  readonly reach: number;
  readonly #strings: StringPoolReader;
  readonly #rules = new Map<number, EntityRules>();
  #ids: Map<string, number> | undefined;

  constructor(tables: MatcherTables) {
    this.tables = tables;
    this.#strings = new StringPoolReader(tables.strings);
    const set = (list: Uint32Array) => new Set(Array.from(list, (i) => this.#strings.get(i)));
    this.lists = {
      honorifics: set(tables.honorifics),
      otherTitles: set(tables.otherTitles),
      openWords: set(tables.openWords),
    };
    this.reach = tables.reach;
  }

  get entityCount(): number {
    return this.tables.entityId.length;
  }

  key(row: number): string {
    return this.#strings.get(this.tables.rowKey[row] as number);
  }

  alias(row: number): string {
    return this.#strings.get(this.tables.rowAlias[row] as number);
  }

  entityId(e: number): string {
    return this.#strings.get(this.tables.entityId[e] as number);
  }

  entityName(e: number): string {
    return this.#strings.get(this.tables.entityName[e] as number);
  }

  kind(e: number): EntityKind {
    return KIND_CODES[this.tables.entityKind[e] as number] ?? 'leader';
  }

  /** The index of the entity with `id`, or undefined. */
  indexOf(id: string): number | undefined {
    this.#ids ??= new Map(
      Array.from({ length: this.entityCount }, (_, e) => [this.entityId(e), e]),
    );
    return this.#ids.get(id);
  }

  rules(e: number): EntityRules {
    let r = this.#rules.get(e);
    if (!r) {
      r = this.#readRules(e);
      this.#rules.set(e, r);
    }
    return r;
  }

  #list(e: number, k: number): string[] {
    const { listStarts, listItems } = this.tables;
    const at = e * LISTS_PER_ENTITY + k;
    const out: string[] = [];
    for (let i = listStarts[at] as number; i < (listStarts[at + 1] as number); i++)
      out.push(this.#strings.get(listItems[i] as number));
    return out;
  }

  #readRules(e: number): EntityRules {
    const flags = this.tables.entityFlags[e] as number;
    const rules: EntityRules = {
      name: flags & FLAG_NAME ? 1 : 0,
      titles: this.#list(e, LIST_TITLES),
      notBefore: this.#list(e, LIST_NOT_BEFORE),
      spellings: this.#list(e, LIST_SPELLINGS),
      distinctive: this.#list(e, LIST_DISTINCTIVE),
    };
    const year = this.tables.entityYear[e] as number;
    if (year !== 0) rules.year = year;
    if (flags & FLAG_NEEDS_CONTEXT) rules.needsContext = 1;
    return rules;
  }
}
