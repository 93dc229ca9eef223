// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { LINE_BREAK_PART } from '../../../../lib/shared/messages/page-wire';
import { readPieces } from '../../../../lib/content/page-pieces';
import { EVERY_RUN, walkRuns } from '../../../../lib/content/run-walker';

afterEach(() => document.body.replaceChildren());

function el(tag: string, ...kids: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  e.append(...kids);
  return e;
}

describe('page pieces', () => {
  it('reads the text between the outermost skipped elements, each stretch once', () => {
    document.body.append(
      el('p', 'One ', el('code', 'x = 1'), ' two'),
      el('pre', el('code', 'nested')),
      el('p', 'three'),
    );
    expect(readPieces(document.body)).toEqual(['One ', ' two', 'three']);
  });

  it('counts hidden parts, editors and Backstory’s own UI as skipped', () => {
    const hidden = el('p', 'secret');
    hidden.setAttribute('hidden', '');
    const own = el('div', 'card');
    own.setAttribute('data-backstory-ui', '');
    const off = el('span', 'kept');
    off.setAttribute('contenteditable', 'false');
    document.body.append(el('p', 'a'), hidden, own, el('p', 'b ', off));
    expect(readPieces(document.body)).toEqual(['a', '', 'b kept']);
  });
});

describe('run walker', () => {
  it('gives the marked paragraphs as parts of the pieces, with <br> as a line break', () => {
    document.body.append(el('p', 'Filler.'), el('p', 'Lee', el('br'), 'Jae-myung'));
    const pieces = readPieces(document.body);
    expect(pieces).toEqual(['Filler.LeeJae-myung']);
    const walked = walkRuns(document.body, [[7]]);
    expect(walked.runs).toEqual([[0, 7, 10, LINE_BREAK_PART, 0, 0, 0, 10, 19]]);
    expect(walked.nodes.map((n) => [n.node.data, n.start, n.length])).toEqual([
      ['Lee', 7, 3],
      ['Jae-myung', 10, 9],
    ]);
    expect(walked.pieceLengths).toEqual([19]);
  });

  it('reads past a skipped element without ending the paragraph, in the next piece', () => {
    document.body.append(el('p', 'President ', el('button', 'share'), 'Trump said.'));
    const pieces = readPieces(document.body);
    expect(pieces).toEqual(['President ', 'Trump said.']);
    const walked = walkRuns(document.body, [[0], []]);
    expect(walked.runs).toEqual([[0, 0, 10, 1, 0, 11]]);
    expect(walked.pieceLengths).toEqual([10, 11]);
  });

  it('leaves out paragraphs with no marked place', () => {
    document.body.append(el('p', 'Nothing here.'), el('li', 'Donald Trump'));
    expect(walkRuns(document.body, [[13]]).runs).toEqual([[0, 13, 25]]);
  });

  it('takes every paragraph when told to, up to where the walk stops', () => {
    document.body.append(
      el('p', 'One.'),
      el('p', 'Two ', el('code', 'x'), 'three.'),
      el('p', 'Four.'),
    );
    expect(readPieces(document.body)).toEqual(['One.Two ', 'three.Four.']);
    expect(walkRuns(document.body, EVERY_RUN).runs).toEqual([
      [0, 0, 4],
      [0, 4, 8, 1, 0, 6],
      [1, 6, 11],
    ]);
    expect(walkRuns(document.body, EVERY_RUN, { piece: 1, offset: 3 }).runs).toEqual([
      [0, 0, 4],
      [0, 4, 8, 1, 0, 3],
    ]);
  });
});
