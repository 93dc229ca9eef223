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
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Elements that end a paragraph: a name never runs from one into the next. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

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

/** Read the text of `root` (see {@link PageText}); blocks are separated by a paragraph break. */
export function readPageText(root: Node): PageText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let pending = '';
  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  // Two `<br>` in a row leave a blank line: that is a paragraph break too.
  const breakWith = (b: string): void => {
    if (length === 0 || pending === PARAGRAPH_BREAK) return;
    pending = b === LINE_BREAK && pending === LINE_BREAK ? PARAGRAPH_BREAK : b;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node as Text;
      if (t.data.length === 0) return;
      if (pending) push(pending);
      pending = '';
      nodes.push(t);
      starts.push(length);
      push(t.data);
      return;
    }
    const el = node.nodeType === ELEMENT_NODE ? (node as Element) : null;
    if (!el && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) return; // comments
    if (el && node !== root && isSkippedElement(el)) return;
    if (el?.tagName.toUpperCase() === 'BR') return breakWith(LINE_BREAK);
    const block = el !== null && isBlockElement(el);
    if (block) breakWith(PARAGRAPH_BREAK);
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) breakWith(PARAGRAPH_BREAK);
  };
  visit(root);
  return { text: parts.join(''), nodes, starts };
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
