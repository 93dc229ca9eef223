// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TextReader,
  isBlockElement,
  isSkippedElement,
  type PageText,
} from '../../../../lib/content/page-text';

/**
 * The reader as it was before it walked with a TreeWalker: a plain stack of
 * nodes to enter and block ends. Kept as the reference the faster reader must
 * match chunk for chunk.
 */
class StackReader {
  readonly #root: Node;
  readonly #skip: ((el: Element) => boolean) | undefined;
  readonly #stack: Array<Node | null> = [];

  constructor(root: Node, skip?: (el: Element) => boolean) {
    this.#root = root;
    this.#skip = skip;
    this.#stack.push(root);
  }

  get done(): boolean {
    return this.#stack.length === 0;
  }

  read(minChars = Infinity): PageText {
    const parts: string[] = [];
    const nodes: Text[] = [];
    const starts: number[] = [];
    let length = 0;
    let pending = '';
    const breakWith = (b: string): void => {
      if (length === 0 || pending === '\n\n') return;
      pending = b === '\n' && pending === '\n' ? '\n\n' : b;
    };
    const stack = this.#stack;
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node === null) {
        breakWith('\n\n');
        if (length >= minChars) break;
        continue;
      }
      const type = node.nodeType;
      if (type === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length === 0) continue;
        parts.push(pending, data);
        nodes.push(node as Text);
        starts.push(length + pending.length);
        length += pending.length + data.length;
        pending = '';
        continue;
      }
      if (type === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (node !== this.#root && (isSkippedElement(el) || this.#skip?.(el))) continue;
        const name = el.localName;
        if ((name.charCodeAt(0) < 97 ? name.toLowerCase() : name) === 'br') {
          breakWith('\n');
          continue;
        }
        if (isBlockElement(el)) {
          breakWith('\n\n');
          stack.push(null);
        }
      } else if (type !== Node.DOCUMENT_NODE && type !== Node.DOCUMENT_FRAGMENT_NODE) continue;
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return { text: parts.join(''), nodes, starts };
  }
}

type Spec =
  | { kind: 'text'; data: string }
  | { kind: 'comment' }
  | { kind: 'element'; tag: string; attr: readonly [string, string] | null; children: Spec[] };

/** Inline, block, skipped and odd tags (`DIV` and `BR` in another namespace keep their case). */
const TAGS = ['span', 'b', 'a', 'p', 'div', 'li', 'td', 'h2', 'br', 'code', 'script', 'DIV', 'BR'];
const ATTRS = [
  null,
  null,
  null,
  ['class', 'x'],
  ['hidden', ''],
  ['contenteditable', ''],
  ['contenteditable', 'false'],
  ['contenteditable', 'FALSE'],
  ['data-backstory-ui', ''],
  ['data-done', ''],
] as const;

const spec = fc.letrec<{ node: Spec; element: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    fc.record({ kind: fc.constant('text'), data: fc.constantFrom('', 'a', 'bc', ' ', '\n', 'Tô') }),
    fc.constant({ kind: 'comment' }),
    tie('element'),
  ),
  element: fc.record({
    kind: fc.constant('element'),
    tag: fc.constantFrom(...TAGS),
    attr: fc.constantFrom(...ATTRS),
    children: fc.array(tie('node'), { maxLength: 5 }),
  }),
}));

/** Every kind of root the readers are given, and some they are not. */
const ROOTS = ['div', 'p', 'code', 'br', 'fragment', 'document', 'text', 'comment'] as const;

function build(s: Spec, doc: Document): Node {
  if (s.kind === 'text') return doc.createTextNode(s.data);
  if (s.kind === 'comment') return doc.createComment('c');
  const el = /^[A-Z]/.test(s.tag) ? doc.createElementNS('urn:x', s.tag) : doc.createElement(s.tag);
  if (s.attr) el.setAttribute(s.attr[0], s.attr[1]);
  // Appended one by one, not parsed: a <br> or a <p> can hold anything.
  for (const c of s.children) el.appendChild(build(c, doc));
  return el;
}

function rootOf(kind: (typeof ROOTS)[number], children: Spec[]): Node {
  if (kind === 'text') return document.createTextNode('root');
  if (kind === 'comment') return document.createComment('root');
  if (kind === 'document') {
    const doc = document.implementation.createHTMLDocument('t');
    for (const c of children) doc.body.appendChild(build(c, doc));
    doc.appendChild(doc.createComment('after html'));
    return doc;
  }
  const root =
    kind === 'fragment' ? document.createDocumentFragment() : document.createElement(kind);
  for (const c of children) root.appendChild(build(c, document));
  return root;
}

/** A piece as read, and whether the reader was done after it. */
interface Piece {
  text: string;
  nodes: Text[];
  starts: number[];
  done: boolean;
}

interface Reader {
  done: boolean;
  read(minChars: number): PageText;
}

/** Read to the end, the `i`th read asking for `sizes[i % sizes.length]` characters. */
function pieces(reader: Reader, sizes: readonly number[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; !reader.done; i++) {
    if (i > 1000) throw new Error('the reader never finishes');
    out.push({ ...reader.read(sizes[i % sizes.length] as number), done: reader.done });
  }
  return out;
}

/** Node lists compared by identity: a deep comparison of DOM nodes says little. */
function expectSameNodes(got: readonly Text[], want: readonly Text[]): void {
  expect(got.length).toBe(want.length);
  got.forEach((n, i) => expect(n).toBe(want[i]));
}

const skip = (el: Element): boolean => el.hasAttribute('data-done');

/** Chunk sizes: whole reads, every block end, and sizes in between. */
const sizes = fc.array(fc.oneof(fc.constant(Infinity), fc.nat(30)), { minLength: 1, maxLength: 3 });

describe('TextReader properties', () => {
  it('reads any tree in the same pieces as the plain stack walk', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROOTS),
        fc.array(spec.node, { minLength: 1, maxLength: 6 }),
        sizes,
        fc.boolean(),
        (kind, children, chunkSizes, withSkip) => {
          const root = rootOf(kind, children);
          const got = pieces(new TextReader(root, withSkip ? { skip } : {}), chunkSizes);
          const want = pieces(new StackReader(root, withSkip ? skip : undefined), chunkSizes);
          const plain = (ps: Piece[]) => ps.map((p) => ({ ...p, nodes: p.nodes.length }));
          expect(plain(got)).toEqual(plain(want));
          got.forEach((p, i) => expectSameNodes(p.nodes, want[i]?.nodes ?? []));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads in pieces the nodes of one whole read, the non-empty pieces joined by paragraph breaks', () => {
    fc.assert(
      fc.property(
        fc.array(spec.node, { minLength: 1, maxLength: 6 }),
        sizes,
        (children, chunkSizes) => {
          const root = rootOf('div', children);
          const whole = new StackReader(root).read();
          const got = pieces(new TextReader(root), chunkSizes);
          expectSameNodes(
            got.flatMap((p) => p.nodes),
            whole.nodes,
          );
          const texts = got.map((p) => p.text).filter((t) => t.length > 0);
          expect(texts.join('\n\n')).toBe(whole.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
