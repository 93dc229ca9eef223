/**
 * The tables as they are stored: every column in one ArrayBuffer, side by
 * side, and the lengths that cut it. IndexedDB clones one buffer back in a
 * single copy, where twenty typed arrays and their strings cost twenty: this
 * is what a woken background reads before it can match.
 */
import { checkTables, TABLE_COLUMNS } from './check-tables';
import { TABLES_FORMAT, type MatcherTables } from './tables';

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array;
type TypedCtor = {
  new (buffer: ArrayBuffer, offset: number, length: number): Typed;
  BYTES_PER_ELEMENT: number;
};

/** The columns in their stored order; the strings' two arrays first. */
const COLUMNS: ReadonlyArray<[name: string, type: TypedCtor]> = [
  ['strings.bytes', Uint8Array],
  ['strings.starts', Uint32Array],
  ...TABLE_COLUMNS,
];

/** The stored form of {@link MatcherTables}. */
export interface PackedTables {
  format: typeof TABLES_FORMAT;
  source: string;
  reach: number;
  buffer: ArrayBuffer;
  /** Elements in each column, in {@link COLUMNS} order. */
  lengths: number[];
}

function column(t: MatcherTables, name: string): Typed {
  if (name === 'strings.bytes') return t.strings.bytes;
  if (name === 'strings.starts') return t.strings.starts;
  return (t as unknown as Record<string, Typed>)[name] as Typed;
}

/** Where each column starts in the buffer: every one aligned to 8 bytes. */
function offsets(lengths: readonly number[]): { at: number[]; size: number } {
  const at: number[] = [];
  let size = 0;
  COLUMNS.forEach(([, type], i) => {
    at.push(size);
    size += Math.ceil(((lengths[i] as number) * type.BYTES_PER_ELEMENT) / 8) * 8;
  });
  return { at, size };
}

/** The tables in one buffer. */
export function packTables(t: MatcherTables): PackedTables {
  const lengths = COLUMNS.map(([name]) => column(t, name).length);
  const { at, size } = offsets(lengths);
  const buffer = new ArrayBuffer(size);
  COLUMNS.forEach(([name, type], i) => {
    new type(buffer, at[i] as number, lengths[i] as number).set(column(t, name) as never);
  });
  return { format: TABLES_FORMAT, source: t.source, reach: t.reach, buffer, lengths };
}

function isPacked(v: unknown): v is PackedTables {
  const p = v as Partial<PackedTables> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.buffer instanceof ArrayBuffer &&
    Array.isArray(p.lengths) &&
    p.lengths.length === COLUMNS.length &&
    p.lengths.every((n) => Number.isInteger(n) && n >= 0)
  );
}

/** The tables, as views into the stored buffer (nothing is copied), or null when they are not whole. */
export function unpackTables(stored: unknown): MatcherTables | null {
  if (!isPacked(stored)) return null;
  const { at, size } = offsets(stored.lengths);
  if (size > stored.buffer.byteLength) return null;
  const views: Record<string, Typed> = {};
  COLUMNS.forEach(([name, type], i) => {
    views[name] = new type(stored.buffer, at[i] as number, stored.lengths[i] as number);
  });
  const { 'strings.bytes': bytes, 'strings.starts': starts, ...rest } = views;
  return checkTables({
    ...rest,
    format: stored.format,
    source: stored.source,
    reach: stored.reach,
    strings: { bytes, starts },
  });
}
