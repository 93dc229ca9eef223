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
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION OPTGROUP BUTTON CODE PRE KBD SAMP VAR ' +
    'SVG MATH IFRAME OBJECT CANVAS VIDEO AUDIO HEAD TITLE'
  ).split(' '),
);

/** Elements that end a paragraph: a name never runs from one into the next. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION ' +
    'FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV OL P SECTION ' +
    'SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
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
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.hasAttribute('hidden') || el.hasAttribute('data-backstory-ui');
}

/** Whether an element starts and ends a paragraph of its own. */
export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.tagName.toUpperCase());
}

/** Collects text and breaks; a break only lands between two texts, the stronger one winning. */
class TextBuilder {
  readonly parts: string[] = [];
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  private length = 0;
  private pending = '';

  text(node: Text): void {
    if (node.data.length === 0) return;
    if (this.pending) this.push(this.pending);
    this.pending = '';
    this.nodes.push(node);
    this.starts.push(this.length);
    this.push(node.data);
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

/**
 * Read the text of `root` (see {@link PageText}); blocks are separated by a
 * paragraph break, `<br>` by a line break. Walks without recursion, so a
 * hostile page nested thousands deep cannot overflow the stack.
 */
export function readPageText(root: Node): PageText {
  const out = new TextBuilder();
  // Each entry is a node to enter, or a block element to close (its break after).
  const stack: Array<{ node: Node; closing: boolean }> = [{ node: root, closing: false }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, closing } = top;
    if (closing) {
      out.breakWith(PARAGRAPH_BREAK);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      out.text(node as Text);
      continue;
    }
    const el = node.nodeType === ELEMENT_NODE ? (node as Element) : null;
    if (!el && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) continue; // comments
    if (el && node !== root && isSkippedElement(el)) continue;
    if (el?.tagName.toUpperCase() === 'BR') {
      out.breakWith(LINE_BREAK);
      continue;
    }
    if (el && isBlockElement(el)) {
      out.breakWith(PARAGRAPH_BREAK);
      stack.push({ node, closing: true });
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, closing: false });
  }
  return { text: out.parts.join(''), nodes: out.nodes, starts: out.starts };
}

/**
 * The text node and offset inside it for an offset into `pageText.text`.
 * An offset on the seam between two nodes goes to the later node, or with
 * `bias: 'end'` to the earlier one (use it for the end of a range).
 */
export function locate(
  pageText: PageText,
  offset: number,
  bias: 'start' | 'end' = 'start',
): { node: Text; offset: number } {
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
  const inNode = Math.min(Math.max(offset - (starts[lo] as number), 0), node.data.length);
  return { node, offset: inNode };
}
