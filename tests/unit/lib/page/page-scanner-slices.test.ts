// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { MatcherEntity } from '../../../../lib/match/types';
import type { Highlighter } from '../../../../lib/page/highlighter';
import { MentionStore } from '../../../../lib/page/mention-store';
import { createPageScanner } from '../../../../lib/page/page-scanner';
import { gazetteerMatcher } from '../match/gazetteer-matcher';

const matcher = gazetteerMatcher();
const entities = new Map<string, MatcherEntity>(matcher.entities.map((e) => [e.id, e]));

function setUp() {
  const painted = new Set<AbstractRange>();
  const h: Highlighter = {
    supported: true,
    add: (_k, r) => void painted.add(r),
    remove: (_k, r) => void painted.delete(r),
    setActive() {},
    destroy: () => painted.clear(),
  };
  const store = new MentionStore(h);
  return { painted, store, scanner: createPageScanner(matcher, entities, store) };
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
});
