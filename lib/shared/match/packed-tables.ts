/**
 * The tables as they are stored: every column in one ArrayBuffer, side by
 * side, and the lengths that cut it. IndexedDB clones one buffer back in a
 * single copy, where twenty typed arrays and their strings cost twenty: this
 * is what a woken background reads before it can match. The same, with the
 * buffer in base64, is the form for a store that keeps only JSON (the
 * session's copy of the tables).
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
