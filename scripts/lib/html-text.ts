/**
 * HTML to the text the content script reads (`lib/content/page-text.ts`), for
 * the command-line tools, without loading or running anything.
 *
 * parse5 builds the tree as a browser's parser does (the HTML standard's tree
 * construction: a `<div>` before `<head>` still lands in the body), and the
 * tree is copied into linkedom, a DOM with no network, file or script code in
 * it. A saved page's `<link rel=preload>`, `<script src>`, images, frames and
 * CSS `@import` stay inert attributes and its inline scripts never run.
 * (happy-dom, which the unit tests use, loads some of these by itself, with no
 * setting to stop every one.)
 */
import { DOMParser } from 'linkedom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { readPageText } from '../../lib/content/page-text';

type Parsed = DefaultTreeAdapterMap['node'];
type ParsedParent = DefaultTreeAdapterMap['parentNode'];

const SHOW_BIT: Record<number, number> = { 1: 0x1, 3: 0x4, 4: 0x8, 7: 0x40, 8: 0x80 };

/**
 * A standard TreeWalker (no filter) over a linkedom tree. linkedom's own lists
 * the nodes when it is made and ignores `currentNode` being set, which the
 * page reader does to step past a skipped element.
 */
class Walker {
  constructor(
    readonly root: Node,
    readonly whatToShow: number,
    public currentNode: Node = root,
  ) {}

  #following(node: Node): Node | null {
    if (node.firstChild) return node.firstChild;
    for (let n: Node | null = node; n !== null && n !== this.root; n = n.parentNode)
      if (n.nextSibling) return n.nextSibling;
    return null;
  }

  nextNode(): Node | null {
    for (let n = this.#following(this.currentNode); n !== null; n = this.#following(n)) {
      if ((this.whatToShow & (SHOW_BIT[n.nodeType] ?? 0)) !== 0) return (this.currentNode = n);
    }
    return null;
  }
}

/** The linkedom node for one parsed node; null for what the reader never sees (doctype). */
function copyOf(doc: Document, node: Parsed): Node | null {
  if (node.nodeName === '#text') return doc.createTextNode((node as { value: string }).value);
  if (node.nodeName === '#comment') return doc.createComment((node as { data: string }).data);
  if (!('tagName' in node)) return null;
  const el = doc.createElementNS(node.namespaceURI, node.tagName);
  for (const a of node.attrs) {
    try {
      el.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
    } catch {
      // A name the parser accepts but setAttribute refuses (`"a`, `a<b`): the reader reads no such attribute.
    }
  }
  return el;
}

/** Copy the parsed tree under `into`, without recursion (a hostile page may nest thousands deep). */
function copyTree(doc: Document, from: ParsedParent, into: Node): void {
  const stack: Array<[ParsedParent, Node]> = [[from, into]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [parsed, parent] = top;
    for (const child of parsed.childNodes) {
      const copy = copyOf(doc, child);
      if (!copy) continue;
      parent.appendChild(copy);
      // A template's content is a separate fragment in both trees; the reader skips templates.
      if ('childNodes' in child && child.nodeName !== 'template') stack.push([child, copy]);
    }
  }
}

/** Parse `html` as a browser would, into a DOM that cannot load or run anything. */
export function parseInert(html: string): Document {
  const doc = new DOMParser().parseFromString('<html></html>', 'text/html') as unknown as Document;
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  copyTree(doc, parse(html, { scriptingEnabled: true }), doc);
  const walk = (root: Node, whatToShow = 0xffffffff) => new Walker(root, whatToShow);
  Object.defineProperty(doc, 'createTreeWalker', { value: walk });
  return doc;
}

/** The visible text of an HTML page, as the content script reads its body. */
export function textOfHtml(html: string): string {
  const doc = parseInert(html);
  const root = doc.body ?? doc.documentElement;
  return root ? readPageText(root).text : '';
}
