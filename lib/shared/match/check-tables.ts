/**
 * Stored tables are data read back from IndexedDB: anything may have happened
 * to them (an older build's format, a damaged row). Before the matcher trusts
 * them, every column is checked for its type and the lengths that tie them
 * together; anything else means compiling again, never a wrong match.
 */
import { TABLES_FORMAT, LISTS_PER_ENTITY, type MatcherTables } from './tables';

type Column = keyof MatcherTables;

/** The typed-array kinds the columns are made of. */
export type ColumnType =
  typeof Uint8Array | typeof Uint16Array | typeof Uint32Array | typeof Int32Array;

/** Every numeric column of the tables and its array type (the stored format packs them in this order). */
export const TABLE_COLUMNS: ReadonlyArray<[Column, ColumnType]> = [
  ['entityId', Uint32Array],
  ['entityName', Uint32Array],
  ['entityKind', Uint8Array],
  ['entityFlags', Uint8Array],
  ['entityYear', Uint16Array],
  ['listStarts', Uint32Array],
  ['listItems', Uint32Array],
  ['rowKey', Uint32Array],
  ['rowEntity', Uint32Array],
  ['rowAlias', Uint32Array],
  ['rowKind', Uint8Array],
  ['trieSlots', Int32Array],
  ['trieNodes', Int32Array],
  ['termStarts', Uint32Array],
  ['termRows', Uint32Array],
  ['filter', Uint8Array],
  ['honorifics', Uint32Array],
  ['otherTitles', Uint32Array],
  ['openWords', Uint32Array],
];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * Whether every value of `list` is an index below `bound`. One function per kind of array: a worker
 * that has just read its tables from IndexedDB checks them before its code is warm, and a loop that meets one kind is made fast soonest.
 */
function below(list: Uint32Array, bound: number): boolean {
  for (let i = 0; i < list.length; i++) if ((list[i] as number) >= bound) return false;
  return true;
}

/** {@link below} for a signed column, which may also hold less than 0. */
function belowSigned(list: Int32Array, bound: number): boolean {
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as number;
    if (v < 0 || v >= bound) return false;
  }
  return true;
}

/** Lengths that must agree for matching to be safe. */
function shaped(t: MatcherTables): boolean {
  const entities = t.entityId.length;
  const rows = t.rowKey.length;
  const strings = t.strings.starts.length - 1;
  const slots = t.trieSlots.length;
  return (
    strings >= 0 &&
    t.strings.starts[strings] === t.strings.bytes.length &&
    [t.entityName, t.entityKind, t.entityFlags, t.entityYear].every((c) => c.length === entities) &&
    t.listStarts.length === entities * LISTS_PER_ENTITY + 1 &&
    t.listStarts[entities * LISTS_PER_ENTITY] === t.listItems.length &&
    [t.rowEntity, t.rowAlias, t.rowKind].every((c) => c.length === rows) &&
    slots > 0 &&
    (slots & (slots - 1)) === 0 &&
    t.trieNodes.length === slots &&
    t.filter.length === 65536 &&
    t.termStarts[t.termStarts.length - 1] === t.termRows.length
  );
}

/** Indices that must point inside the columns they index. */
function inBounds(t: MatcherTables): boolean {
  const strings = t.strings.starts.length - 1;
  return (
    below(t.strings.starts, t.strings.bytes.length + 1) &&
    below(t.rowEntity, t.entityId.length) &&
    below(t.termRows, t.rowKey.length) &&
    belowSigned(t.trieNodes, t.termStarts.length - 1) &&
    [t.entityId, t.entityName, t.listItems, t.rowKey, t.rowAlias].every((c) => below(c, strings))
  );
}

/**
 * `value` as tables of the current format, or null when it is anything else. With `indices: false`
 * only their shape is checked, not each index (for a copy this extension made from checked tables).
 */
export function checkTables(
  value: unknown,
  { indices = true }: { indices?: boolean } = {},
): MatcherTables | null {
  if (!isRecord(value) || value.format !== TABLES_FORMAT || typeof value.source !== 'string')
    return null;
  if (typeof value.reach !== 'number' || !Number.isInteger(value.reach) || value.reach < 0)
    return null;
  const strings = value.strings;
  if (
    !isRecord(strings) ||
    !(strings.bytes instanceof Uint8Array) ||
    !(strings.starts instanceof Uint32Array)
  )
    return null;
  for (const [column, type] of TABLE_COLUMNS) if (!(value[column] instanceof type)) return null;
  const t = value as unknown as MatcherTables;
  return shaped(t) && (!indices || inBounds(t)) ? t : null;
}
