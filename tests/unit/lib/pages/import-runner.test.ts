import { describe, expect, it, vi } from 'vitest';
import {
  ImportCancelled,
  runImport,
  type ImportTransport,
} from '../../../../lib/pages/import-runner';
import { readerItem } from '../shared/reader/helpers';

function transport(overrides: Partial<ImportTransport> = {}): ImportTransport {
  return {
    begin: vi.fn(async () => ({ started: true })),
    chunk: vi.fn(async (_id, items) => items.length),
    commit: vi.fn(async () => ({ state: 'done' as const, outcome: { added: 5, skipped: [] } })),
    abort: vi.fn(async () => ({ aborted: true })),
    ...overrides,
  };
}

describe('runImport', () => {
  it('sends the items in chunks, reports progress, then commits once', async () => {
    const t = transport();
    const progress = vi.fn();
    const items = [1, 2, 3, 4, 5].map((n) => readerItem(n));
    const outcome = await runImport(items, t, progress, {
      importId: 'id',
      source: 'a.json',
      chunkSize: 2,
    });
    expect(outcome).toEqual({ added: 5, skipped: [] });
    expect(t.begin).toHaveBeenCalledWith('id', 5, 'a.json');
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
    await expect(
      runImport(items, t, () => undefined, { importId: 'id', chunkSize: 2 }),
    ).rejects.toThrow('worker gone');
    expect(t.abort).toHaveBeenCalledWith('id');
    expect(t.commit).not.toHaveBeenCalled();
  });

  it('stops sending chunks when cancelled, drops what was staged and says it was cancelled', async () => {
    const controller = new AbortController();
    const t = transport({
      chunk: vi.fn(async (_id, items) => {
        controller.abort();
        return items.length;
      }),
    });
    const items = [1, 2, 3, 4].map((n) => readerItem(n));
    const run = runImport(items, t, () => undefined, {
      importId: 'c',
      chunkSize: 2,
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow(ImportCancelled);
    expect(t.chunk).toHaveBeenCalledTimes(1);
    expect(t.abort).toHaveBeenCalledWith('c');
    expect(t.commit).not.toHaveBeenCalled();
  });

  it('aborts the commit when cancelled while saving, and keeps an import that was already stored', async () => {
    const controller = new AbortController();
    let finish: (v: Awaited<ReturnType<ImportTransport['commit']>>) => void = () => undefined;
    const commit = vi.fn(
      () => new Promise<Awaited<ReturnType<ImportTransport['commit']>>>((r) => (finish = r)),
    );
    const abort = vi.fn(async () => {
      finish({ state: 'done', outcome: { added: 1, skipped: [] } });
      return { aborted: false };
    });
    const run = runImport([readerItem(1)], transport({ commit, abort }), () => undefined, {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(commit).toHaveBeenCalled());
    controller.abort();
    expect(await run).toEqual({ added: 1, skipped: [] });
    expect(abort).toHaveBeenCalledTimes(1);
  });

  it('stores nothing and asks nothing for an empty import', async () => {
    const t = transport();
    expect(await runImport([], t, () => undefined)).toEqual({ added: 0, skipped: [] });
    expect(t.chunk).not.toHaveBeenCalled();
    expect(t.commit).not.toHaveBeenCalled();
  });
});
