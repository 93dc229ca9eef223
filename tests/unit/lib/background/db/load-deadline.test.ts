import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusBundle } from '../../../../../lib/shared/corpus/types';
import type { BackstoryDatabase } from '../../../../../lib/background/db/database';
import { ensureCorpus, loadState } from '../../../../../lib/background/db/load-bundle';
import { makeBundle } from '../../../fixtures/corpus-bundle';
import { freshDatabase } from './db-helpers';

const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('ensureCorpus with a bundle fetch that never settles', () => {
  it('fails the shared load after the deadline, so waiting requests get an answer, and retries', async () => {
    const db = freshDatabase();
    dbs.push(db);
    const load = vi
      .fn<() => Promise<CorpusBundle>>()
      .mockReturnValueOnce(new Promise(() => undefined))
      .mockResolvedValue(makeBundle('v1'));
    const first = ensureCorpus(db, 'v1', load, 50);
    const second = ensureCorpus(db, 'v1', load, 50); // arrives during the load: shares it
    await expect(first).rejects.toThrow('did not arrive within 50 ms');
    await expect(second).rejects.toThrow('did not arrive within 50 ms');
    expect(loadState(db).error).toContain('did not arrive');
    await expect(ensureCorpus(db, 'v1', load, 50)).resolves.toMatchObject({ version: 'v1' });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
