import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../../lib/shared/match/compile';
import { packTables, unpackTables } from '../../../../../lib/shared/match/packed-tables';
import { realEntities } from '../../../../../scripts/bench/gazetteer-gen';

const tables = compileMatcher(realEntities(), 'v1');

describe('packed tables', () => {
  it('keep every column in one buffer and give them back as views of it', () => {
    const packed = packTables(tables);
    const back = unpackTables(packed);
    expect(back?.rowKey).toEqual(tables.rowKey);
    expect(back?.strings.bytes).toEqual(tables.strings.bytes);
    expect(back?.rowKey.buffer).toBe(packed.buffer);
    expect(back?.reach).toBe(tables.reach);
  });

  it('refuse a buffer cut short, lengths that do not fit, or anything that is not packed tables', () => {
    const packed = packTables(tables);
    expect(unpackTables({ ...packed, buffer: packed.buffer.slice(0, 100) })).toBeNull();
    expect(unpackTables({ ...packed, lengths: packed.lengths.slice(1) })).toBeNull();
    expect(unpackTables({ ...packed, lengths: packed.lengths.map((n) => n + 1) })).toBeNull();
    expect(unpackTables({ ...packed, format: 1 })).toBeNull();
    expect(unpackTables(tables)).toBeNull();
  });
});
