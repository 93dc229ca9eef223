// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { locate, readPageText } from '../../../../lib/content/page-text';
import { gazetteerMatcher } from '../shared/match/gazetteer-matcher';
import { pageHarness } from './page-harness';

/**
 * Reading the page in two passes (the bulk sift, then the close read of the
 * marked paragraphs) must find what reading it whole and matching it at once
 * finds: the same mentions, on the same nodes and offsets. One known limit
 * is left out of the pages made here: a name that starts with a small letter
 * (an agreement written in lower case) run into the letters of the block
 * before it, with no white space between (`Lươngcomprehensive …`); the bulk
 * read cannot tell where that name begins.
 */

type Spec =
  | { kind: 'text'; data: string }
  | { kind: 'element'; tag: string; attr: readonly [string, string] | null; children: Spec[] };

const WORDS = [
  'Lương',
  'Cường',
  'Luong Cuong',
  'President ',
  'Donald',
  'Trump',
  ' Trump',
  'Lee',
  'Jae-myung',
  'Tô Lâm',
  ' said',
  '. ',
  ' ',
  '',
  'Eric ',
  'Việt Nam',
  ' comprehensive strategic partnership',
  'Home',
  'Korea–Australia ',
  'APEC 2025',
  '2027',
  'said',
  'Hàn Quốc',
  'đã',
];
const TAGS = ['span', 'b', 'p', 'div', 'li', 'td', 'h2', 'br', 'code', 'button', 'script', 'a'];
const ATTRS = [null, null, null, ['hidden', ''], ['contenteditable', ''], ['class', 'x']] as const;

const spec = fc.letrec<{ node: Spec; element: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('text'), data: fc.constantFrom(...WORDS) }),
    tie('element'),
  ),
  element: fc.record({
    kind: fc.constant('element'),
    tag: fc.constantFrom(...TAGS),
    attr: fc.constantFrom(...ATTRS),
    children: fc.array(tie('node'), { maxLength: 5 }),
  }),
}));

function build(s: Spec): Node {
  if (s.kind === 'text') return document.createTextNode(s.data);
  const el = document.createElement(s.tag);
  if (s.attr) el.setAttribute(s.attr[0], s.attr[1]);
  for (const c of s.children) el.append(build(c));
  return el;
}

type Span = [Node, number, Node, number, string, string];

/** The mentions of the whole page text, matched at once, as node spans. */
function readWhole(): Span[] {
  const pt = readPageText(document.body);
  if (pt.nodes.length === 0) return [];
  return gazetteerMatcher()
    .findMentions(pt.text)
    .map((m) => {
      const s = locate(pt, m.start);
      const e = locate(pt, m.end, 'end');
      return [s.node, s.offset, e.node, e.offset, m.entityId, m.rule];
    });
}

afterEach(() => document.body.replaceChildren());

describe('page matching, as a property', () => {
  it('finds exactly what reading the whole page at once finds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(spec.node, { maxLength: 8 }), async (nodes) => {
        document.body.replaceChildren(...nodes.map(build));
        const { matching, store } = pageHarness();
        matching.changed([document.body], false);
        await matching.idle();
        const got: Span[] = [];
        store.removeWhere((m) => {
          const r = m.range;
          got.push([
            r.startContainer,
            r.startOffset,
            r.endContainer,
            r.endOffset,
            m.found.entityId,
            m.found.rule,
          ]);
          return false;
        });
        const byPlace = (a: Span, b: Span) =>
          a[0] === b[0] ? a[1] - b[1] : a[0].compareDocumentPosition(b[0]) & 4 ? -1 : 1;
        expect(got.sort(byPlace)).toEqual(readWhole().sort(byPlace));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
