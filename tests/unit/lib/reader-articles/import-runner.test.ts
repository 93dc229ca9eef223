import { describe, expect, it, vi } from 'vitest';
import { runImport, type ImportTransport } from '../../../../lib/reader-articles/import-runner';
import { readerItem } from './helpers';

function transport(overrides: Partial<ImportTransport> = {}): ImportTransport {
  return {
    chunk: vi.fn(async (_id, items) => items.length),
    commit: vi.fn(async () => ({ state: 'done' as const, outcome: { added: 5, skipped: [] } })),
    abort: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('runImport', () => {
  it('sends the items in chunks, reports progress, then commits once', async () => {
    const t = transport();
    const progress = vi.fn();
    const items = [1, 2, 3, 4, 5].map((n) => readerItem(n));
    const outcome = await runImport(items, t, progress, 'id', 2);
    expect(outcome).toEqual({ added: 5, skipped: [] });
    expect(vi.mocked(t.chunk).mock.calls.map(([, c]) => c.length)).toEqual([2, 2, 1]);
    expect(progress.mock.calls.map(([p]) => `${p.phase}:${p.done}/${p.total}`)).toEqual([
      'linking:0/5',
      'linking:2/5',
      'linking:4/5',
      'saving:5/5',
    ]);
    expect(t.commit).toHaveBeenCalledTimes(1);
  });

  it('keeps asking while the background is still saving', async () => {
    const commit = vi
      .fn<ImportTransport['commit']>()
      .mockResolvedValueOnce({ state: 'saving' })
      .mockResolvedValueOnce({ state: 'saving' })
      .mockResolvedValueOnce({ state: 'done', outcome: { added: 1, skipped: [] } });
    const outcome = await runImport([readerItem(1)], transport({ commit }), () => undefined);
    expect(outcome.added).toBe(1);
    expect(commit).toHaveBeenCalledTimes(3);
  });

  it('drops what was staged when a chunk fails, and never commits', async () => {
    const t = transport({
      chunk: vi.fn().mockResolvedValueOnce(2).mockRejectedValueOnce(new Error('worker gone')),
    });
    const items = [1, 2, 3, 4].map((n) => readerItem(n));
    await expect(runImport(items, t, () => undefined, 'id', 2)).rejects.toThrow('worker gone');
    expect(t.abort).toHaveBeenCalledWith('id');
    expect(t.commit).not.toHaveBeenCalled();
  });

  it('stores nothing and asks nothing for an empty import', async () => {
    const t = transport();
    expect(await runImport([], t, () => undefined)).toEqual({ added: 0, skipped: [] });
    expect(t.chunk).not.toHaveBeenCalled();
    expect(t.commit).not.toHaveBeenCalled();
  });
});
