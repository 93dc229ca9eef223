import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../../../lib/shared/format/order';

describe('newestFirst', () => {
  it('puts the newest date first and undated items last', () => {
    const items = [
      { id: 'a', date: '2025-05-07' },
      { id: 'b', date: null },
      { id: 'c', date: '2025-10-29' },
      { id: 'd', date: '2024-12-01' },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('keeps the given order among items of the same date', () => {
    const items = [
      { id: 'x', date: '2025-10-29' },
      { id: 'y', date: '2025-10-29' },
      { id: 'z', date: null },
      { id: 'w', date: null },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['x', 'y', 'z', 'w']);
  });
});
