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
const SKIPPED = new Set(
  (
    'script style noscript template textarea input select option optgroup button code pre kbd samp var ' +
    'svg math iframe object canvas video audio head title'
  ).split(' '),
);

/** Elements that end a paragraph: a name never runs from one into the next. */
const BLOCKS = new Set(
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
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** Whether an element's subtree is left out: skipped tags, editors, hidden parts, Backstory's own UI. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(nameOf(el))) return true;
  // Each call into the DOM costs; most elements have no attributes at all.
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.hasAttribute('hidden') || el.hasAttribute('data-backstory-ui');
}

/** Whether an element starts and ends a paragraph of its own. */
export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(nameOf(el));
}

/** The lower-case tag name (`localName` is lower case in HTML and needs no new string per call). */
function nameOf(el: Element): string {
  const name = el.localName;
  return name.charCodeAt(0) < 97 ? name.toLowerCase() : name;
}

/** Collects text and breaks; a break only lands between two texts, the stronger one winning. */
class TextBuilder {
  readonly parts: string[] = [];
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  private length = 0;
  private pending = '';

  /** Characters collected so far. */
  get size(): number {
    return this.length;
  }

  text(node: Text): void {
    const data = node.data; // read once: every DOM read costs
    if (data.length === 0) return;
    if (this.pending) this.push(this.pending);
    this.pending = '';
    this.nodes.push(node);
    this.starts.push(this.length);
    this.push(data);
  }

  /** Two `<br>` in a row leave a blank line: that is a paragraph break too. */
  breakWith(b: string): void {
    if (this.length === 0 || this.pending === PARAGRAPH_BREAK) return;
    this.pending = b === LINE_BREAK && this.pending === LINE_BREAK ? PARAGRAPH_BREAK : b;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}

/** A stack entry that ends a block. */
const CLOSE = null;

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
 */
export class TextReader {
  readonly #root: Node;
  readonly #skip: ((el: Element) => boolean) | undefined;
  // Each entry is a node to enter, or CLOSE: the end of a block element (its break after).
  readonly #stack: Array<Node | typeof CLOSE>;

  constructor(root: Node, options: TextReaderOptions = {}) {
    this.#root = root;
    this.#skip = options.skip;
    this.#stack = [root];
  }

  /** Whether everything has been read. */
  get done(): boolean {
    return this.#stack.length === 0;
  }

  /** The next piece: at least `minChars` characters unless the text ends first, cut at a block boundary. */
  read(minChars = Infinity): PageText {
    const out = new TextBuilder();
    const stack = this.#stack;
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node === CLOSE) {
        out.breakWith(PARAGRAPH_BREAK);
        if (out.size >= minChars) break;
        continue;
      }
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        out.text(node as Text);
        continue;
      }
      if (type === ELEMENT_NODE) {
        const el = node as Element;
        if (node !== this.#root && (isSkippedElement(el) || this.#skip?.(el))) continue;
        const name = nameOf(el);
        if (name === 'br') {
          out.breakWith(LINE_BREAK);
          continue;
        }
        if (BLOCKS.has(name)) {
          out.breakWith(PARAGRAPH_BREAK);
          stack.push(CLOSE);
        }
      } else if (type !== DOCUMENT_NODE && type !== FRAGMENT_NODE) continue; // comments
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return { text: out.parts.join(''), nodes: out.nodes, starts: out.starts };
  }
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
