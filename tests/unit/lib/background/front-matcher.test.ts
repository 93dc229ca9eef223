import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Storage } from 'webextension-polyfill';
import { createFrontMatcher } from '../../../../lib/background/front-matcher';
import type { PageMatcher } from '../../../../lib/background/page-matcher';
import { rememberReads, sessionTablesCopy } from '../../../../lib/background/tables-copy';
import { compileMatcher } from '../../../../lib/shared/match/compile';
import { createMatcher } from '../../../../lib/shared/match/matcher';
import type { Matcher } from '../../../../lib/shared/match/types';
import { makeBundle } from '../../fixtures/corpus-bundle';

const area = () => fakeBrowser.storage.session as unknown as Storage.StorageArea;
beforeEach(() => fakeBrowser.reset());

const tablesOf = (version: string) => ({
  corpus: compileMatcher(makeBundle(version).entities, version),
  reader: compileMatcher([], version),
});

/** A stand-in for the rest's matcher: one that knows no one, so an answer from it shows. */
function restMatcher(readyAt = 1e9): PageMatcher {
  const nobody: Matcher = createMatcher(compileMatcher([], 'v1'));
  return {
    get: vi.fn(async () => nobody),
    corpusLayer: async () => nobody,
    invalidate: vi.fn(),
    lastLoad: { ms: 1, compiled: false, fromCopy: false, readyAt, openMs: 1, readMs: 1 },
  };
}

/** A front matcher over the session's copy, with the rest started on demand. */
async function front(copied: boolean) {
  const copy = rememberReads(sessionTablesCopy(area()));
  if (copied) await copy.write(tablesOf('v1'));
  const rest = restMatcher();
  let running = false;
  const start = vi.fn(() => ((running = true), rest));
  const matcher = createFrontMatcher({
    copy,
    expectedVersion: 'v1',
    running: () => (running ? rest : null),
    start,
  });
  return { matcher, rest, start, copy };
}

const names = async (m: Promise<Matcher>) =>
  (await m).findMentions('Donald Trump spoke.').map((x) => x.entityId);

describe('the front matcher', () => {
  it("matches from the session's copy without starting the rest", async () => {
    const { matcher, start } = await front(true);
    expect(await names(matcher.get())).toEqual(['donald-trump']);
    expect(await names(matcher.get())).toEqual(['donald-trump']);
    expect(start).not.toHaveBeenCalled();
    expect(matcher.lastLoad).toMatchObject({ fromCopy: true, compiled: false, openMs: 0 });
  });

  it('starts the rest when there is no copy, or a copy of another corpus version', async () => {
    const none = await front(false);
    expect(await names(none.matcher.get())).toEqual([]);
    expect(none.start).toHaveBeenCalledTimes(1);
    expect(none.matcher.lastLoad).toBe(none.rest.lastLoad);

    const other = await front(false);
    await other.copy.write(tablesOf('v0'));
    expect(await names(other.matcher.get())).toEqual([]);
    expect(other.start).toHaveBeenCalled();
  });

  it('hands every page to the rest once the rest runs (its matcher follows the changes)', async () => {
    const { matcher, rest, start } = await front(true);
    expect(await names(matcher.get())).toEqual(['donald-trump']);
    start();
    expect(await names(matcher.get())).toEqual([]);
    expect(rest.get).toHaveBeenCalled();
    // The rest loaded after the copy: its load is the last one.
    expect(matcher.lastLoad).toBe(rest.lastLoad);
  });

  it('forgets the copy when told to, and the rest forgets its tables', async () => {
    const { matcher, rest } = await front(true);
    expect(await names(matcher.get())).toEqual(['donald-trump']);
    matcher.invalidate();
    expect(rest.invalidate).toHaveBeenCalled();
    expect(await names(matcher.get())).toEqual([]);
  });
});

describe('a copy that remembers its reads', () => {
  it('reads the session once until it is written or dropped', async () => {
    const get = vi.spyOn(area(), 'get');
    const copy = rememberReads(sessionTablesCopy(area()));
    await copy.write(tablesOf('v1'));
    const first = await copy.read('v1');
    expect(first?.corpus.source).toBe('v1');
    expect(await copy.read('v1')).toBe(first);
    expect(get).toHaveBeenCalledTimes(1);
    await copy.drop();
    expect(await copy.read('v1')).toBeNull();
    await copy.write(tablesOf('v1'));
    expect((await copy.read('v1'))?.corpus.source).toBe('v1');
    expect(get).toHaveBeenCalledTimes(3);
  });
});
