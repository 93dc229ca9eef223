// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { MatcherEntity } from '../../../../lib/match/types';
import type { Highlighter } from '../../../../lib/page/highlighter';
import { MentionStore } from '../../../../lib/page/mention-store';
import {
  createPageScanner,
  REMOTE_MIN_CHARS,
  type RemoteFinder,
} from '../../../../lib/page/page-scanner';
import { findInOrder } from '../../../../lib/match/find-in-order';
import { packMentions, unpackMentions } from '../../../../lib/match/packed-mentions';
import { gazetteerMatcher } from '../match/gazetteer-matcher';

const matcher = gazetteerMatcher();
const entities = new Map<string, MatcherEntity>(matcher.entities.map((e) => [e.id, e]));

function setUp(remote?: RemoteFinder) {
  const painted = new Set<AbstractRange>();
  const h: Highlighter = {
    supported: true,
    add: (_k, r) => void painted.add(r),
    remove: (_k, r) => void painted.delete(r),
    setActive() {},
    destroy: () => painted.clear(),
  };
  const store = new MentionStore(h);
  return {
    painted,
    store,
    scanner: createPageScanner(matcher, entities, store, document, remote),
  };
}

function paragraph(text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { textContent: text });
}

const texts = (painted: Set<AbstractRange>) => [...painted].map((r) => r.toString());
const instantly = { budgetMs: 5, now: () => 0, yieldNow: async () => undefined };

afterEach(() => document.body.replaceChildren());

describe('page scanner, in slices and on changes', () => {
  it('counts a short form in a block added later when the page already named the person in full', () => {
    document.body.append(paragraph('President Lương Cường arrived in Seoul.'));
    const { painted, store, scanner } = setUp();
    scanner.scan(document.body);
    const later = paragraph('On Friday, Cường met business leaders.');
    document.body.append(later);
    scanner.rescan([later], false);
    expect(texts(painted)).toEqual(['Lương Cường', 'Cường']);
    expect([...store.namedInFull()]).toEqual(['luong-cuong']);
  });

  it('finds in slices what one scan finds, and never twice when a block is scanned again', async () => {
    const paras = Array.from({ length: 200 }, (_, i) =>
      paragraph(i % 3 ? `Filler paragraph ${i} about trade.` : `Donald Trump spoke (${i}).`),
    );
    document.body.append(...paras);
    const once = setUp();
    once.scanner.scan(document.body);
    const sliced = setUp();
    const first = [paras[150] as Element];
    expect(await sliced.scanner.scanInSlices(document.body, first, instantly)).toBe(true);
    expect(sliced.store.size).toBe(once.store.size);
    expect(sliced.store.size).toBe(67);
    sliced.scanner.rescan([paras[0] as Element, paras[3] as Element], false);
    expect(sliced.store.size).toBe(67);
  });

  describe('with the matching done elsewhere (a long page)', () => {
    /** The background's side, as the handler runs it: found in order, packed, unpacked. */
    function elsewhere(gate: Promise<void> = Promise.resolve()) {
      const calls: { chars: number; named: string[] }[] = [];
      const remote: RemoteFinder = async (texts, alreadyNamed) => {
        calls.push({ chars: texts.join('').length, named: alreadyNamed });
        const packed = JSON.parse(
          JSON.stringify(packMentions(findInOrder(matcher, texts, alreadyNamed))),
        );
        await gate;
        return (text, i) => unpackMentions(packed, i, text);
      };
      return { remote, calls };
    }
    function longPage(): HTMLParagraphElement[] {
      const filler = ' The delegation discussed trade, investment and security at length.'.repeat(
        10,
      );
      const paras = Array.from({ length: Math.ceil(REMOTE_MIN_CHARS / 600) + 20 }, (_, i) =>
        paragraph(
          i % 4 === 0
            ? `President Lương Cường met Donald Trump (${i}).${filler}`
            : `Cường spoke.${filler}`,
        ),
      );
      document.body.append(...paras);
      return paras;
    }

    it('highlights exactly what matching on the page highlights, asking once for all text not in view', async () => {
      const paras = longPage();
      const local = setUp();
      await local.scanner.scanInSlices(document.body, [paras[5] as Element], instantly);
      const { remote, calls } = elsewhere();
      const away = setUp(remote);
      expect(await away.scanner.scanInSlices(document.body, [paras[5] as Element], instantly)).toBe(
        true,
      );
      expect(calls).toHaveLength(1);
      expect(calls[0]?.chars).toBeGreaterThanOrEqual(REMOTE_MIN_CHARS);
      expect(texts(away.painted).sort()).toEqual(texts(local.painted).sort());
      expect(away.store.size).toBeGreaterThan(200);
    });

    it('highlights the top of the page at once, before the answer for the rest arrives', async () => {
      longPage();
      let open = (): void => undefined;
      const { remote, calls } = elsewhere(new Promise<void>((r) => (open = r)));
      const away = setUp(remote);
      const scanning = away.scanner.scanInSlices(document.body, [], instantly);
      await new Promise((r) => setTimeout(r, 0));
      expect(calls).toHaveLength(1);
      expect(texts(away.painted).slice(0, 2)).toEqual(['Lương Cường', 'Donald Trump']);
      const early = away.store.size;
      open();
      await scanning;
      expect(away.store.size).toBeGreaterThan(early);
    });

    it('matches on the page when the other side cannot answer or fails', async () => {
      const paras = longPage();
      const local = setUp();
      await local.scanner.scanInSlices(document.body, [], instantly);
      for (const remote of [async () => null, async () => Promise.reject(new Error('asleep'))]) {
        const away = setUp(remote);
        expect(
          await away.scanner.scanInSlices(document.body, [paras[0] as Element], instantly),
        ).toBe(true);
        expect(away.store.size).toBe(local.store.size);
      }
    });

    it('never asks for a short page', async () => {
      document.body.append(paragraph('President Lương Cường met Donald Trump.'));
      const { remote, calls } = elsewhere();
      const away = setUp(remote);
      await away.scanner.scanInSlices(document.body, [], instantly);
      expect(calls).toHaveLength(0);
      expect(texts(away.painted)).toEqual(['Lương Cường', 'Donald Trump']);
    });

    it('does not place an answer over text that changed while it was on its way', async () => {
      const paras = longPage();
      let open = (): void => undefined;
      const { remote } = elsewhere(new Promise<void>((r) => (open = r)));
      const away = setUp(remote);
      const scanning = away.scanner.scanInSlices(document.body, [], instantly);
      await new Promise((r) => setTimeout(r, 0));
      const changed = paras[8] as HTMLParagraphElement;
      changed.textContent = 'Now: Tô Lâm and Donald Trump.';
      away.scanner.rescan([changed], true);
      (paras[12] as HTMLParagraphElement).remove();
      away.scanner.rescan([], true);
      open();
      expect(await scanning).toBe(true);
      const fresh = setUp();
      fresh.scanner.scan(document.body);
      expect(texts(away.painted).sort()).toEqual(texts(fresh.painted).sort());
      expect(texts(away.painted)).toContain('Tô Lâm');
    });
  });
});
