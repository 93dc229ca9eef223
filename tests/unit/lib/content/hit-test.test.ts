// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FoundMention } from '../../../../lib/shared/match/types';
import { hitTest, MentionIndex, rangeContainsPoint } from '../../../../lib/content/hit-test';
import { toPageMentions, type PageMention } from '../../../../lib/content/page-mention';
import { readPageText } from '../../../../lib/content/page-text';

afterEach(() => {
  document.body.replaceChildren();
});

function found(text: string, surface: string, entityId: string): FoundMention {
  const start = text.indexOf(surface);
  return { entityId, start, end: start + surface.length, surface, alias: surface, rule: 'full' };
}

/** Page mentions for `surfaces` in a body built from `build` (real page text, real ranges). */
function mentionsIn(
  build: (body: HTMLElement) => void,
  surfaces: [string, string][],
): PageMention[] {
  build(document.body);
  const pt = readPageText(document.body);
  return toPageMentions(
    pt,
    surfaces.map(([s, id]) => found(pt.text, s, id)),
    () => 'leader',
  );
}

/** Make the caret and the boxes at a point answer as a browser would. */
function stubPoint(node: Node, offset: number, rects: DOMRect[]): void {
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({
    offsetNode: node,
    offset,
  });
  Range.prototype.getClientRects = function () {
    return rects as unknown as DOMRectList;
  };
}

describe('toPageMentions', () => {
  it('turns offsets into ranges over the right text, also across inline elements', () => {
    const [a, b] = mentionsIn(
      (body) => {
        const p = document.createElement('p');
        const bold = document.createElement('b');
        bold.textContent = 'Lương';
        p.append('President ', bold, ' Cường met Donald Trump.');
        body.append(p);
      },
      [
        ['Lương Cường', 'luong-cuong'],
        ['Donald Trump', 'donald-trump'],
      ],
    );
    expect(a?.range.toString()).toBe('Lương Cường');
    expect(a?.pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['Lương', ' Cường']);
    expect(b?.range.toString()).toBe('Donald Trump');
  });
});

describe('MentionIndex', () => {
  it('finds a mention from any text node it covers, caret at either edge, and forgets it on removal', () => {
    const [m] = mentionsIn(
      (body) => {
        const p = document.createElement('p');
        const i = document.createElement('i');
        i.textContent = 'Lee';
        p.append('Host ', i, ' Jae-myung spoke');
        body.append(p);
      },
      [['Lee Jae-myung', 'lee-jae-myung']],
    );
    const index = new MentionIndex();
    index.add(m!);
    const [first, second] = m!.pieces;
    expect(index.at(first!.node, 0)).toEqual([m]);
    expect(index.at(second!.node, second!.end)).toEqual([m]);
    expect(index.at(second!.node, second!.end + 1)).toEqual([]);
    index.remove(m!);
    expect(index.at(first!.node, 1)).toEqual([]);
  });
});

describe('hitTest', () => {
  const box = new DOMRect(100, 100, 80, 20);

  it('returns the mention under the point when the caret and its box agree', () => {
    const [m] = mentionsIn(
      (body) =>
        body.append(
          Object.assign(document.createElement('p'), { textContent: 'Meet Tô Lâm today' }),
        ),
      [['Tô Lâm', 'to-lam']],
    );
    const index = new MentionIndex();
    index.add(m!);
    stubPoint(m!.pieces[0]!.node, 6, [box]);
    expect(hitTest(index, 120, 110)).toBe(m);
  });

  it('ignores a caret snapped to a mention from outside its box (line ends, margins)', () => {
    const [m] = mentionsIn(
      (body) =>
        body.append(Object.assign(document.createElement('p'), { textContent: 'Meet Tô Lâm' })),
      [['Tô Lâm', 'to-lam']],
    );
    const index = new MentionIndex();
    index.add(m!);
    stubPoint(m!.pieces[0]!.node, 11, [box]);
    expect(hitTest(index, 400, 110)).toBeNull();
  });

  it('finds nothing over text that is not a mention', () => {
    const [m] = mentionsIn(
      (body) =>
        body.append(
          Object.assign(document.createElement('p'), { textContent: 'Meet Tô Lâm and friends' }),
        ),
      [['Tô Lâm', 'to-lam']],
    );
    const index = new MentionIndex();
    index.add(m!);
    stubPoint(m!.pieces[0]!.node, 18, [box]);
    expect(hitTest(index, 120, 110)).toBeNull();
  });
});

describe('rangeContainsPoint', () => {
  it('accepts points on any of the boxes of a wrapped range', () => {
    Range.prototype.getClientRects = function () {
      return [new DOMRect(500, 100, 50, 20), new DOMRect(0, 124, 40, 20)] as unknown as DOMRectList;
    };
    const r = document.createRange();
    expect(rangeContainsPoint(r, 20, 130)).toBe(true);
    expect(rangeContainsPoint(r, 200, 130)).toBe(false);
  });
});
