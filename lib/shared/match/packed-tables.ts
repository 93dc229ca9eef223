/**
 * The tables as they are stored: every column in one ArrayBuffer, side by
 * side, and the lengths that cut it. IndexedDB clones one buffer back in a
 * single copy, where twenty typed arrays and their strings cost twenty: this
 * is what a woken background reads before it can match. The same, with the
 * buffer in base64, is the form for a store that keeps only JSON (the
 * session's copy of the tables).
 *
 * What is read on every wake is kept small: each column in the fewest bytes
 * that hold its values, the columns of starts as the gaps between them, and
 * the trie's table as its used slots only (it is made again on unpacking). At
 * 20,000 aliases that is 1.6 MB where the columns as they are make 2.7 MB; the
 * unpacking costs about two milliseconds.
 */
import { checkTables, TABLE_COLUMNS } from './check-tables';
import { TABLES_FORMAT, type MatcherTables } from './tables';
import { edgeTable } from './word-trie';

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array;
type TypedCtor = {
  new (length: number): Typed;
  new (buffer: ArrayBuffer, offset: number, length: number): Typed;
  BYTES_PER_ELEMENT: number;
};

/**
 * The columns in their stored order; the strings' two arrays first. `trieNodes` is not stored: the
 * trie's used slots are kept in the order of the nodes they lead to, which are 1..n (see below).
 */
const COLUMNS: ReadonlyArray<[name: string, type: TypedCtor]> = [
  ['strings.bytes', Uint8Array],
  ['strings.starts', Uint32Array],
  ...TABLE_COLUMNS.filter(([name]) => name !== 'trieNodes'),
];

/** Columns of starts (they never go down): stored as the gap from each value to the one before. */
const GAPS = new Set(['strings.starts', 'listStarts', 'termStarts']);

/** A stored width in bytes and the array that reads it. */
const WIDTHS: Record<number, TypedCtor> = { 1: Uint8Array, 2: Uint16Array, 4: Uint32Array };

/** The stored form of {@link MatcherTables}. */
export interface PackedTables {
  format: typeof TABLES_FORMAT;
  source: string;
  reach: number;
  buffer: ArrayBuffer;
  /** Elements stored for each column, in {@link COLUMNS} order (`trieSlots`: its used slots). */
  lengths: number[];
  /** Bytes per stored element of each column: 1, 2 or 4. */
  widths: number[];
}

function column(t: MatcherTables, name: string): Typed {
  if (name === 'strings.bytes') return t.strings.bytes;
  if (name === 'strings.starts') return t.strings.starts;
  return (t as unknown as Record<string, Typed>)[name] as Typed;
}

/** The values a column is stored as: its gaps, its used trie slots, or itself. */
function storedValues(t: MatcherTables, name: string): ArrayLike<number> {
  const values = column(t, name);
  if (GAPS.has(name)) return values.map((v, i) => (i === 0 ? v : v - (values[i - 1] as number)));
  if (name === 'trieSlots') return usedSlots(t).map((s) => values[s] as number);
  return values;
}

/**
 * The trie's used slots in the order of the nodes they lead to. Nodes are numbered 1..n as the trie
 * was built, each with one edge into it: so slot `k` of this order leads to node `k + 1`, and the
 * table made again in this order comes out the same.
 */
function usedSlots(t: MatcherTables): number[] {
  const slots: number[] = [];
  t.trieNodes.forEach((node, s) => node !== 0 && slots.push(s));
  return slots.sort((a, b) => (t.trieNodes[a] as number) - (t.trieNodes[b] as number));
}

/** The fewest bytes that hold every value of `values` (read as unsigned). */
function widthOf(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, (values[i] as number) >>> 0);
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

/** Where each column starts in the buffer: every one aligned to 8 bytes. */
function offsets(
  lengths: readonly number[],
  widths: readonly number[],
): { at: number[]; size: number } {
  const at: number[] = [];
  let size = 0;
  lengths.forEach((length, i) => {
    at.push(size);
    size += Math.ceil((length * (widths[i] as number)) / 8) * 8;
  });
  return { at, size };
}

/** The tables in one buffer. */
export function packTables(t: MatcherTables): PackedTables {
  const values = COLUMNS.map(([name]) => storedValues(t, name));
  const lengths = values.map((v) => v.length);
  const widths = values.map(widthOf);
  const { at, size } = offsets(lengths, widths);
  const buffer = new ArrayBuffer(size);
  values.forEach((v, i) => {
    const Stored = WIDTHS[widths[i] as number] as TypedCtor;
    new Stored(buffer, at[i] as number, v.length).set(v as never);
  });
  return { format: TABLES_FORMAT, source: t.source, reach: t.reach, buffer, lengths, widths };
}

const isCount = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0;

function isPacked(v: unknown): v is PackedTables {
  const p = v as Partial<PackedTables> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.buffer instanceof ArrayBuffer &&
    Array.isArray(p.lengths) &&
    Array.isArray(p.widths) &&
    p.lengths.length === COLUMNS.length &&
    p.widths.length === COLUMNS.length &&
    p.lengths.every(isCount) &&
    p.widths.every((w: unknown) => typeof w === 'number' && w in WIDTHS)
  );
}

/**
 * A stored column as its own array, widened or summed as it was stored. Every column is a copy, so
 * the stored buffer is let go once read: the tables in memory are as large as they were compiled.
 */
function columnAt(stored: Typed, name: string, type: TypedCtor): Typed {
  const out = new type(stored.length);
  if (!GAPS.has(name)) {
    out.set(stored as never);
    return out;
  }
  let sum = 0;
  for (let i = 0; i < stored.length; i++) out[i] = sum += stored[i] as number;
  return out;
}

/** The tables from their stored buffer, or null when they are not whole. */
export function unpackTables(stored: unknown): MatcherTables | null {
  if (!isPacked(stored)) return null;
  const { at, size } = offsets(stored.lengths, stored.widths);
  if (size > stored.buffer.byteLength) return null;
  const columns: Record<string, Typed> = {};
  COLUMNS.forEach(([name, type], i) => {
    const Stored = WIDTHS[stored.widths[i] as number] as TypedCtor;
    const view = new Stored(stored.buffer, at[i] as number, stored.lengths[i] as number);
    columns[name] = columnAt(view, name, type);
  });
  const { 'strings.bytes': bytes, 'strings.starts': starts, trieSlots: edges, ...rest } = columns;
  // One edge into every node but the root (`termStarts` has one start per node, and an end).
  const nodes = (rest.termStarts?.length ?? 0) - 2;
  if (edges?.length !== nodes) return null;
  return checkTables({
    ...rest,
    ...edgeTable(
      edges,
      Int32Array.from({ length: nodes }, (_, k) => k + 1),
    ),
    format: stored.format,
    source: stored.source,
    reach: stored.reach,
    strings: { bytes, starts },
  });
}

/** The packed tables as JSON-safe data (the buffer in base64): for a store that keeps only JSON. */
export interface TablesText extends Omit<PackedTables, 'buffer'> {
  base64: string;
}

type Base64Native = {
  fromBase64?: (s: string) => Uint8Array;
  prototype: { toBase64?: () => string };
};

/** `bytes` in base64: the engine's own encoder where there is one (Chromium, Firefox), else btoa. */
function toBase64(bytes: Uint8Array): string {
  const own = (bytes as unknown as { toBase64?: () => string }).toBase64;
  if (own) return own.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Native).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The tables as {@link TablesText}. */
export function tablesToText(t: MatcherTables): TablesText {
  const { buffer, ...rest } = packTables(t);
  return { ...rest, base64: toBase64(new Uint8Array(buffer)) };
}

/** The tables back from {@link tablesToText}'s form, or null when it is not that or not whole. */
export function tablesFromText(stored: unknown): MatcherTables | null {
  const text = stored as Partial<TablesText> | null;
  if (typeof text !== 'object' || text === null || typeof text.base64 !== 'string') return null;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(text.base64);
  } catch {
    return null;
  }
  const buffer =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? (bytes.buffer as ArrayBuffer)
      : (bytes.slice().buffer as ArrayBuffer);
  return unpackTables({ ...text, base64: undefined, buffer });
}
