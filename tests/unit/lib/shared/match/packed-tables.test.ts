import { describe, expect, it } from 'vitest';
import { checkTables, TABLE_COLUMNS } from '../../../../../lib/shared/match/check-tables';
import { compileMatcher } from '../../../../../lib/shared/match/compile';
import { createMatcher } from '../../../../../lib/shared/match/matcher';
import {
  packTables,
  tablesFromText,
  tablesToText,
  unpackTables,
} from '../../../../../lib/shared/match/packed-tables';
import type { MatcherTables } from '../../../../../lib/shared/match/tables';
import { generateEntities, realEntities } from '../../../../../scripts/bench/gazetteer-gen';

const tables = compileMatcher(realEntities(), 'v1');

/** Every typed column of `t` by name (the strings' two as `strings.bytes`, `strings.starts`). */
function columns(t: MatcherTables): Record<string, number[]> {
  const out: Record<string, number[]> = {
    'strings.bytes': Array.from(t.strings.bytes),
    'strings.starts': Array.from(t.strings.starts),
  };
  for (const [name, value] of Object.entries(t))
    if (ArrayBuffer.isView(value)) out[name] = Array.from(value as Uint32Array);
  return out;
}

describe('packed tables', () => {
  it('give back every column as it was, each in its own array type', () => {
    const packed = structuredClone(packTables(tables));
    const back = unpackTables(packed);
    if (!back) throw new Error('refused');
    expect(columns(back)).toEqual(columns(tables));
    expect(back.trieSlots).toBeInstanceOf(Int32Array);
    expect(back.listStarts).toBeInstanceOf(Uint32Array);
    expect(back.entityYear).toBeInstanceOf(Uint16Array);
    // Nothing keeps the stored buffer alive once the tables are read.
    const buffers = [back.strings.bytes, back.strings.starts, back.rowKey, back.filter];
    for (const c of buffers) expect(c.buffer).not.toBe(packed.buffer);
    expect(back.reach).toBe(tables.reach);
    expect(back.source).toBe('v1');
  });

  it('store columns narrow, starts as gaps and the trie as its used slots', () => {
    const big = compileMatcher(generateEntities(2000, 7), 'v1');
    const packed = packTables(big);
    const asTheyAre = Object.values(columns(big)).length;
    // Every column but the trie's nodes, which follow from the order its slots are kept in.
    expect(packed.widths).toHaveLength(asTheyAre - 1);
    const wide =
      big.strings.bytes.byteLength +
      big.strings.starts.byteLength +
      Object.values(big)
        .filter((v): v is Uint32Array => ArrayBuffer.isView(v))
        .reduce((n, v) => n + v.byteLength, 0);
    expect(packed.buffer.byteLength).toBeLessThan(wide * 0.7);
    // The starts' gaps fit a byte; the trie keeps one slot per edge.
    expect(packed.widths[1]).toBe(1);
    const used = big.trieNodes.filter((n) => n !== 0).length;
    const trie = 2 + TABLE_COLUMNS.findIndex(([name]) => name === 'trieSlots');
    expect(packed.lengths[trie]).toBe(used);
    expect(big.trieSlots.length).toBeGreaterThan(used * 2);
    const back = unpackTables(packed);
    if (!back) throw new Error('refused');
    expect(columns(back)).toEqual(columns(big));
  });

  it('match the same through the text form a JSON store keeps', () => {
    const stored = JSON.parse(JSON.stringify(tablesToText(tables))) as unknown;
    const back = tablesFromText(stored);
    if (!back) throw new Error('refused');
    const text = 'General Secretary Tô Lâm met Donald Trump and Lee Jae-myung.';
    expect(createMatcher(back).findMentions(text)).toEqual(
      createMatcher(tables).findMentions(text),
    );
  });

  it('keep every column as the matcher reads it in the text form, given back as views on one buffer', () => {
    const big = compileMatcher(generateEntities(2000, 7), 'v1');
    const back = tablesFromText(JSON.parse(JSON.stringify(tablesToText(big))));
    if (!back) throw new Error('refused');
    expect(columns(back)).toEqual(columns(big));
    // Nothing narrowed or rebuilt: each column lies in the one decoded buffer, in its own type.
    const buffers = new Set([back.strings.bytes.buffer, back.trieNodes.buffer, back.rowKey.buffer]);
    expect(buffers.size).toBe(1);
    expect(back.trieNodes).toBeInstanceOf(Int32Array);
    expect(back.entityYear).toBeInstanceOf(Uint16Array);
  });

  it('refuse a text form whose lengths or bytes do not fit, or that is not the tables', () => {
    const text = tablesToText(tables);
    expect(tablesFromText({ ...text, lengths: text.lengths.slice(1) })).toBeNull();
    expect(tablesFromText({ ...text, lengths: text.lengths.map((n) => n + 1) })).toBeNull();
    expect(tablesFromText({ ...text, lengths: text.lengths.map(() => -1) })).toBeNull();
    expect(tablesFromText({ ...text, base64: text.base64.slice(0, -8) })).toBeNull();
    expect(tablesFromText({ ...text, format: 2 })).toBeNull();
    // Lengths that fit the bytes but not each other: a shape the matcher cannot read.
    const rows = 2 + TABLE_COLUMNS.findIndex(([name]) => name === 'rowKind');
    const kinds = 2 + TABLE_COLUMNS.findIndex(([name]) => name === 'entityKind');
    const swapped = text.lengths.map((n, i) => (i === rows ? n - 8 : i === kinds ? n + 8 : n));
    expect(tablesFromText({ ...text, lengths: swapped })).toBeNull();
    expect(tablesFromText(packTables(tables))).toBeNull();
  });

  it('refuse a buffer cut short, lengths or widths that do not fit, or anything that is not packed tables', () => {
    const packed = packTables(tables);
    expect(unpackTables({ ...packed, buffer: packed.buffer.slice(0, 100) })).toBeNull();
    expect(unpackTables({ ...packed, lengths: packed.lengths.slice(1) })).toBeNull();
    expect(unpackTables({ ...packed, lengths: packed.lengths.map((n) => n + 1) })).toBeNull();
    expect(unpackTables({ ...packed, widths: packed.widths.map(() => 3) })).toBeNull();
    expect(unpackTables({ ...packed, widths: undefined })).toBeNull();
    expect(unpackTables({ ...packed, format: 2 })).toBeNull();
    // A trie with an edge more or less than it has nodes is refused before its table is made.
    const trie = 2 + TABLE_COLUMNS.findIndex(([name]) => name === 'trieSlots');
    const lengths = (d: number) => packed.lengths.map((n, i) => (i === trie ? n + d : n));
    expect(unpackTables({ ...packed, lengths: lengths(-1) })).toBeNull();
    expect(unpackTables(tables)).toBeNull();
  });

  it('refuse tables whose trie leads to a negative node', () => {
    const trieNodes = Int32Array.from(tables.trieNodes, (n) => (n === 0 ? 0 : -n));
    expect(checkTables({ ...tables, trieNodes })).toBeNull();
    expect(checkTables({ ...tables })).not.toBeNull();
  });
});
