/**
 * The tables as they are stored: every column in one ArrayBuffer, side by
 * side, and the lengths that cut it. IndexedDB clones one buffer back in a
 * single copy, where twenty typed arrays and their strings cost twenty: this
 * is what a background reads from IndexedDB before it can match. The
 * session's copy, which a woken worker reads, has a form of its own (see
 * {@link TablesText}).
 *
 * What is stored is kept small: each column in the fewest bytes that hold its
 * values, the columns of starts as the gaps between them, and the trie's table
 * as its used slots only (it is made again on unpacking). At 20,000 aliases
 * that is 1.6 MB where the columns as they are make 2.7 MB.
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
  out.set(stored as never);
  if (GAPS.has(name)) sumGaps(out as Uint32Array);
  return out;
}

/**
 * Gaps summed in place into the starts they were taken from. Always on a Uint32Array (the gap columns
 * are widened first): a worker reading IndexedDB runs this once, before its code is warm, and a loop
 * that meets one kind of array is the one the engine makes fast soonest.
 */
function sumGaps(starts: Uint32Array): void {
  for (let i = 1; i < starts.length; i++)
    starts[i] = (starts[i] as number) + (starts[i - 1] as number);
}

/** The nodes 1..n, as the trie's used slots lead to them in stored order. */
function firstNodes(n: number): Int32Array {
  const nodes = new Int32Array(n);
  for (let k = 0; k < n; k++) nodes[k] = k + 1;
  return nodes;
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
    ...edgeTable(edges, firstNodes(nodes)),
    format: stored.format,
    source: stored.source,
    reach: stored.reach,
    strings: { bytes, starts },
  });
}

/**
 * The tables as JSON-safe data, for a store that keeps only JSON (the session's copy, read on every
 * wake): every column as the matcher reads it, side by side in one buffer, in base64. Unlike the
 * stored form nothing is narrowed, summed or rebuilt, so reading it back is making views on the
 * decoded buffer: a woken worker runs no loop over its tables before its code is warm. It is larger
 * (2.7 MB where the stored form is 1.6 MB at 20,000 aliases), and reading those bytes costs less.
 */
export interface TablesText {
  format: typeof TABLES_FORMAT;
  source: string;
  reach: number;
  /** Elements of each column, in {@link TEXT_COLUMNS} order. */
  lengths: number[];
  base64: string;
}

/** The copy's columns: the strings' two arrays, then every column of the tables. */
const TEXT_COLUMNS: ReadonlyArray<[name: string, type: TypedCtor]> = [
  ['strings.bytes', Uint8Array],
  ['strings.starts', Uint32Array],
  ...TABLE_COLUMNS,
];
const TEXT_WIDTHS = TEXT_COLUMNS.map(([, type]) => type.BYTES_PER_ELEMENT);

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
  const values = TEXT_COLUMNS.map(([name]) => column(t, name));
  const lengths = values.map((v) => v.length);
  const { at, size } = offsets(lengths, TEXT_WIDTHS);
  const bytes = new Uint8Array(size);
  values.forEach((v, i) => bytes.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), at[i]));
  return {
    format: TABLES_FORMAT,
    source: t.source,
    reach: t.reach,
    lengths,
    base64: toBase64(bytes),
  };
}

/**
 * The tables back from {@link tablesToText}'s form, or null when it is not that or not whole. Its
 * shape is checked, not every index in it (checkTables' `indices`): the copy is memory only this
 * extension's background writes, from tables it checked when it read them from the store.
 */
export function tablesFromText(stored: unknown): MatcherTables | null {
  const text = stored as Partial<TablesText> | null;
  if (typeof text !== 'object' || text === null || typeof text.base64 !== 'string') return null;
  const { lengths } = text;
  if (!Array.isArray(lengths) || lengths.length !== TEXT_COLUMNS.length || !lengths.every(isCount))
    return null;
  const { at, size } = offsets(lengths, TEXT_WIDTHS);
  try {
    const bytes = fromBase64(text.base64);
    if (bytes.byteLength !== size) return null;
    const columns: Record<string, Typed> = {};
    TEXT_COLUMNS.forEach(([name, type], i) => {
      columns[name] = new type(
        bytes.buffer as ArrayBuffer,
        bytes.byteOffset + (at[i] as number),
        lengths[i] as number,
      );
    });
    const { 'strings.bytes': bytes8, 'strings.starts': starts, ...rest } = columns;
    const { format, source, reach } = text;
    return checkTables(
      { ...rest, format, source, reach, strings: { bytes: bytes8, starts } },
      { indices: false },
    );
  } catch {
    // Not base64, or a buffer the columns cannot be laid on.
    return null;
  }
}
