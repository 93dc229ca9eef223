import { describe, expect, it } from 'vitest';
import { PAGE_TEXT_TTL_MS, PageTexts } from '../../../../lib/background/page-texts';

describe('page texts', () => {
  it('gives a page’s pieces back once, under the key they were kept', () => {
    const kept = new PageTexts();
    kept.put('1/0/a', ['x', 'y']);
    expect(kept.take('1/0/b')).toBeUndefined();
    expect(kept.take('1/0/a')).toEqual(['x', 'y']);
    expect(kept.take('1/0/a')).toBeUndefined();
  });

  it('forgets pieces kept longer than the time a page takes to ask again', () => {
    let now = 0;
    const kept = new PageTexts(() => now);
    kept.put('k', ['x']);
    now = PAGE_TEXT_TTL_MS + 1;
    expect(kept.take('k')).toBeUndefined();
  });

  it('drops the oldest pieces past the bound on characters', () => {
    const kept = new PageTexts();
    const big = 'x'.repeat(20_000_000);
    kept.put('old', [big]);
    kept.put('new', [big]);
    expect(kept.take('old')).toBeUndefined();
    expect(kept.take('new')?.[0]?.length).toBe(big.length);
  });
});
