/**
 * The text of a DOM subtree as the matcher sees it, with a map back to the
 * text nodes. Decided by tag names and attributes only (no getComputedStyle),
 * so the same code runs in the content script and in happy-dom for `npm run scan`.
 */

/** A page's visible text: node `i` holds `text.slice(starts[i], starts[i] + nodes[i].data.length)`. */
export interface PageText {
  text: string;
  nodes: Text[];
  starts: number[];
}

/** Elements whose content is never prose to highlight (code, forms, scripts, embedded media). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(
  (
    'script style noscript template textarea input select option optgroup button code pre kbd samp var ' +
    'svg math iframe object canvas video audio head title'
  ).split(' '),
);

/**
 * The same elements as {@link isSkippedElement} decides on, as one selector, for
 * native queries (`querySelectorAll`) that find them without a walk in script.
 */
export const SKIPPED_SELECTOR = [
  ...SKIPPED_TAGS,
  '[hidden]',
  '[data-backstory-ui]',
  '[contenteditable]:not([contenteditable="false" i])',
].join(',');

/** Elements that end a paragraph: a name never runs from one into the next. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p section ' +
    'summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** A hard break between blocks: two line breaks fold to a paragraph boundary. */
const PARAGRAPH_BREAK = '\n\n';
/** `<br>` is a soft break: a name wrapped by it is still one name. */
const LINE_BREAK = '\n';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** `NodeFilter.SHOW_ALL`, spelled out: `NodeFilter` is not a global in every DOM the reader runs in. */
const SHOW_ALL = 0xffffffff;

/** Whether an element's subtree is left out: skipped tags, editors, hidden parts, Backstory's own UI. */
export function isSkippedElement(el: Element): boolean {
  // Each call into the DOM costs; most elements have no attributes at all.
  return SKIPPED_TAGS.has(nameOf(el)) || (el.hasAttributes() && isSkippedByAttribute(el));
}

/** The attribute half of {@link isSkippedElement}, for an element that has attributes. */
export function isSkippedByAttribute(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.hasAttribute('hidden') || el.hasAttribute('data-backstory-ui');
}

/** Whether an element starts and ends a paragraph of its own. */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(nameOf(el));
}

/** The lower-case tag name (`localName` is lower case in HTML and needs no new string per call). */
function nameOf(el: Element): string {
  const name = el.localName;
  return name.charCodeAt(0) < 97 ? name.toLowerCase() : name;
}

/** Options of a {@link TextReader}. */
export interface TextReaderOptions {
  /** Elements to leave out besides the skipped ones (already scanned on their own). */
  skip?: (el: Element) => boolean;
}

/**
 * Reads the text of `root` a piece at a time: each {@link TextReader.read}
 * returns the next stretch of text that ends at a block boundary (names never
 * cross one), so a long page can be scanned in slices between which the
 * browser paints and handles input. Walks without recursion, so a hostile
 * page nested thousands deep cannot overflow the stack.
 *
 * A TreeWalker steps to the next node in one call into the DOM, where a walk
 * of our own follows child and sibling links a call each, and in a content
 * script's fresh isolated world every call costs.
 */
export class TextReader {
  readonly #root: Node;
  readonly #skip: ((el: Element) => boolean) | undefined;
  // Shows every node type, comments too: the node after a block, where the block ends, may be any.
  readonly #walker: TreeWalker;
  // The node after each block being read, innermost last (null: the root's end): reaching it ends the block.
  readonly #exits: Array<Node | null> = [];
  // The next node to read; null at the end.
  #next: Node | null;
  // Where the next read starts, kept up to date by the browser while the page changes between reads.
  #mark: Range | null = null;

  constructor(root: Node, options: TextReaderOptions = {}) {
    this.#root = root;
    this.#skip = options.skip;
    this.#walker = documentOf(root).createTreeWalker(root, SHOW_ALL);
    this.#next = root;
  }

  /** Whether everything has been read. */
  get done(): boolean {
    return this.#next === null && this.#exits.length === 0;
  }

  /**
   * The next piece: at least `minChars` characters unless the text ends first, cut at a block boundary.
   * One loop that calls no function of ours for most nodes: in a cold isolated world each call costs.
   */
  read(minChars = Infinity): PageText {
    const root = this.#root;
    const skip = this.#skip;
    const walker = this.#walker;
    const exits = this.#exits;
    const parts: string[] = [];
    const nodes: Text[] = [];
    const starts: number[] = [];
    let length = 0;
    // The break owed before the next text: breaks only land between two texts, the stronger one winning.
    let pending = '';
    let node = this.#resume();
    for (;;) {
      // At the root's end every block still open ends, also one whose exit left the page between reads.
      if (exits.length > 0 && (node === null || exits[exits.length - 1] === node)) {
        exits.pop();
        if (length > 0) pending = PARAGRAPH_BREAK;
        if (length >= minChars) break;
        continue;
      }
      if (node === null) break;
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        const data = (node as Text).data; // read once: every DOM read costs
        if (data.length > 0) {
          if (pending !== '') parts.push(pending);
          length += pending.length;
          pending = '';
          parts.push(data);
          nodes.push(node as Text);
          starts.push(length);
          length += data.length;
        }
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        let name = el.localName; // nameOf, written out
        if (name.charCodeAt(0) < 97) name = name.toLowerCase();
        const skipped =
          el !== root &&
          (SKIPPED_TAGS.has(name) ||
            (el.hasAttributes() && isSkippedByAttribute(el)) ||
            skip?.(el) === true);
        if (skipped || name === 'br') {
          // Two <br> in a row leave a blank line: that is a paragraph break too.
          if (!skipped && length > 0 && pending !== PARAGRAPH_BREAK)
            pending = pending === LINE_BREAK ? PARAGRAPH_BREAK : LINE_BREAK;
          node = after(el, root); // past what it holds, unread
          if (node !== null) walker.currentNode = node;
          continue;
        }
        if (BLOCK_TAGS.has(name)) {
          if (length > 0) pending = PARAGRAPH_BREAK;
          exits.push(after(el, root));
        }
      }
      node = walker.nextNode(); // an element's first child, else the node after
    }
    this.#pause(node);
    return { text: parts.join(''), nodes, starts };
  }

  #pause(node: Node | null): void {
    this.#next = node;
    // Nothing left to read: the page need not keep the mark up to date.
    if (node === null) this.#mark = null;
    else (this.#mark ??= documentOf(this.#root).createRange()).selectNodeContents(node);
  }

  /**
   * Where the last read stopped, in the page as it is now. The browser moves a
   * live range out of what is removed, so the reader neither stops at a node
   * taken off the page nor reads it. (happy-dom's ranges stay put; it serves
   * `npm run scan` and the unit tests, whose pages hold still between reads.)
   */
  #resume(): Node | null {
    const mark = this.#mark;
    const next = this.#next;
    if (mark === null) return next;
    const at = mark.startContainer;
    if (at === next) return next; // still in place
    // The node or a parent left the page: the mark now stands where it was.
    const root = this.#root;
    if (at !== root && !root.contains(at)) return null; // the root itself left its parent
    const node = at.childNodes[mark.startOffset] ?? after(at, root);
    if (node !== null) this.#walker.currentNode = node;
    return node;
  }
}

/** The first node after `node` and all it holds, inside `root`; null at the root's end. */
export function after(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n !== null && n !== root; n = n.parentNode) {
    const next = n.nextSibling;
    if (next !== null) return next;
  }
  return null;
}

function documentOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

/**
 * Read the text of `root` (see {@link PageText}); blocks are separated by a
 * paragraph break, `<br>` by a line break.
 */
export function readPageText(root: Node): PageText {
  return new TextReader(root).read();
}

/**
 * The text node and offset inside it for an offset into `pageText.text`.
 * An offset on the seam between two nodes goes to the later node, or with
 * `bias: 'end'` to the earlier one (use it for the end of a range). `index`
 * is the node's place in `pageText.nodes`.
 */
export function locate(
  pageText: PageText,
  offset: number,
  bias: 'start' | 'end' = 'start',
): { node: Text; offset: number; index: number } {
  const { nodes, starts } = pageText;
  if (nodes.length === 0) throw new RangeError('locate: the page text has no nodes');
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] as number;
    if (s < offset || (s === offset && bias === 'start')) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  const inNode = Math.min(Math.max(offset - (starts[lo] as number), 0), node.length);
  return { node, offset: inNode, index: lo };
}
