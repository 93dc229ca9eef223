import { describe, expect, it, vi } from 'vitest';
import { createSearchIndexCache } from '../../../../../lib/background/search/index-cache';
import {
  buildSearchIndex,
  type SearchIndex,
} from '../../../../../lib/background/search/search-index';

const empty = (): Promise<SearchIndex> => Promise.resolve(buildSearchIndex([]));

describe('createSearchIndexCache', () => {
  it('builds once per key, also for concurrent callers', async () => {
    const cache = createSearchIndexCache();
    const build = vi.fn(empty);
    const [a, b] = await Promise.all([cache.get('v1', build), cache.get('v1', build)]);
    expect(a).toBe(b);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('rebuilds when the key changes', async () => {
    const cache = createSearchIndexCache();
    const build = vi.fn(empty);
    await cache.get('v1', build);
    await cache.get('v2', build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('retries a build that failed', async () => {
    const cache = createSearchIndexCache();
    const build = vi
      .fn<() => Promise<SearchIndex>>()
      .mockRejectedValueOnce(new Error('boom'))
      .mockImplementation(empty);
    await expect(cache.get('v1', build)).rejects.toThrow('boom');
    await expect(cache.get('v1', build)).resolves.toBeDefined();
    expect(build).toHaveBeenCalledTimes(2);
  });
});
