/**
 * The probe every fuzz page gets before its own scripts run (an init
 * script). It takes the DOM getters it needs while they are still the
 * browser's own, so a page that redefines `Node.prototype` or `CustomEvent`
 * cannot fool it, and exposes `window.__fuzz`:
 * - `before()`: the page calls it when it has loaded (before Backstory runs at document_idle);
 * - `done()` / `isDone()`: the page's own churn is over and it is back where it was;
 * - `compare()`: '' when the DOM, text and form values equal the snapshot, else where they differ;
 * - `leftovers()`: what Backstory left behind (highlights, its nodes, its style sheet), '' when nothing.
 * Elements marked `data-backstory-ui` (the card's host) are left out of the snapshot: `leftovers` checks them.
 * Frames' documents are left out too: they load in their own time, and Backstory runs in top frames only.
 * Kept as a string: a function from this file would be transpiled with helpers the page lacks.
 */
export const PAGE_PROBE = String.raw`(() => {
  if (window.__fuzz) return;
  const apply = Reflect.apply;
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const N = Node.prototype, E = Element.prototype;
  const firstChild = getter(N, 'firstChild'), nextSibling = getter(N, 'nextSibling');
  const nodeType = getter(N, 'nodeType'), nodeName = getter(N, 'nodeName'), nodeValue = getter(N, 'nodeValue');
  const attributes = getter(E, 'attributes'), shadowRoot = getter(E, 'shadowRoot');
  const hasAttribute = E.hasAttribute;
  const mapLength = getter(NamedNodeMap.prototype, 'length'), mapItem = NamedNodeMap.prototype.item;
  const attrName = getter(Attr.prototype, 'name'), attrValue = getter(Attr.prototype, 'value');
  const inputValue = getter(HTMLInputElement.prototype, 'value'), inputChecked = getter(HTMLInputElement.prototype, 'checked');
  const areaValue = getter(HTMLTextAreaElement.prototype, 'value');
  const selectIndex = getter(HTMLSelectElement.prototype, 'selectedIndex');
  const optionSelected = getter(HTMLOptionElement.prototype, 'selected');
  const templateContent = getter(HTMLTemplateElement.prototype, 'content');
  const docElement = getter(Document.prototype, 'documentElement');
  const adopted = getter(Document.prototype, 'adoptedStyleSheets');
  const cssRules = getter(CSSStyleSheet.prototype, 'cssRules');
  const ruleListLength = getter(CSSRuleList.prototype, 'length'), ruleListItem = CSSRuleList.prototype.item;
  const ruleText = getter(CSSRule.prototype, 'cssText');
  const registry = window.CSS && CSS.highlights;
  const registryKeys = registry ? Object.getPrototypeOf(registry).keys : null;
  const iterNext = registry ? Object.getPrototypeOf(apply(registryKeys, registry, [])).next : null;
  const includes = String.prototype.includes, slice = String.prototype.slice;
  const doc = document;
  const raf = requestAnimationFrame, st = setTimeout;
  const rangeRects = Range.prototype.getClientRects;

  const iterNext2 = (it) => Object.getPrototypeOf(it).next;
  const isOurs = (el) => apply(hasAttribute, el, ['data-backstory-ui']) || apply(nodeName, el, []) === 'BACKSTORY-CARD';

  function serialize(root) {
    let out = '';
    const stack = [root];
    while (stack.length > 0) {
      const node = stack[stack.length - 1];
      stack.length -= 1;
      if (typeof node === 'string') { out += node; continue; }
      const type = apply(nodeType, node, []);
      if (type === 3 || type === 8 || type === 4 || type === 7) { out += '#' + type + ':' + apply(nodeValue, node, []) + '\u0001'; continue; }
      if (type !== 1) { for (let c = apply(firstChild, node, []), kids = []; ; c = apply(nextSibling, c, [])) { if (!c) { for (let i = kids.length - 1; i >= 0; i--) stack[stack.length] = kids[i]; break; } kids[kids.length] = c; } continue; }
      if (isOurs(node)) continue;
      const name = apply(nodeName, node, []);
      let head = '<' + name;
      const attrs = apply(attributes, node, []);
      for (let i = 0, n = apply(mapLength, attrs, []); i < n; i++) {
        const a = apply(mapItem, attrs, [i]);
        head += ' ' + apply(attrName, a, []) + '="' + apply(attrValue, a, []) + '"';
      }
      if (name === 'INPUT') head += ' [value=' + apply(inputValue, node, []) + ' checked=' + apply(inputChecked, node, []) + ']';
      else if (name === 'TEXTAREA') head += ' [value=' + apply(areaValue, node, []) + ']';
      else if (name === 'SELECT') head += ' [index=' + apply(selectIndex, node, []) + ']';
      else if (name === 'OPTION') head += ' [selected=' + apply(optionSelected, node, []) + ']';
      out += head + '>';
      stack[stack.length] = '</' + name + '>';
      const kids = [];
      for (let c = apply(firstChild, node, []); c; c = apply(nextSibling, c, [])) kids[kids.length] = c;
      for (let i = kids.length - 1; i >= 0; i--) stack[stack.length] = kids[i];
      const shadow = apply(shadowRoot, node, []);
      if (shadow) { stack[stack.length] = '#/shadow'; stack[stack.length] = shadow; stack[stack.length] = '#shadow'; }
      if (name === 'TEMPLATE') { stack[stack.length] = apply(templateContent, node, []); }
    }
    return out;
  }
  const snap = () => { const root = apply(docElement, doc, []); return root ? serialize(root) : '(no document element)'; };

  function ourHighlights() {
    if (!registry) return [];
    const found = [];
    const it = apply(registryKeys, registry, []);
    for (let r = apply(iterNext, it, []); !r.done; r = apply(iterNext, it, [])) {
      if (apply(includes, r.value, ['backstory'])) found[found.length] = r.value;
    }
    return found;
  }
  function ourNodes() {
    let count = 0;
    const stack = [doc];
    while (stack.length > 0) {
      const node = stack[stack.length - 1];
      stack.length -= 1;
      if (apply(nodeType, node, []) === 1) {
        if (isOurs(node)) count++;
        const shadow = apply(shadowRoot, node, []);
        if (shadow) stack[stack.length] = shadow;
      }
      for (let c = apply(firstChild, node, []); c; c = apply(nextSibling, c, [])) stack[stack.length] = c;
    }
    return count;
  }
  function ourSheets() {
    let count = 0;
    const sheets = apply(adopted, doc, []);
    for (let i = 0; i < sheets.length; i++) {
      const rules = apply(cssRules, sheets[i], []);
      for (let j = 0, n = apply(ruleListLength, rules, []); j < n; j++) {
        if (apply(includes, apply(ruleText, apply(ruleListItem, rules, [j]), []), ['backstory'])) { count++; break; }
      }
    }
    return count;
  }

  let before = null, done = false;
  const api = {
    before() { before = snap(); },
    done() { done = true; },
    isDone: () => done && before !== null,
    /** Two frames and a task later (or 100 ms, where frames do not come), so rescans batched per frame have run. */
    settle: () => new Promise((resolve) => { st(resolve, 100); raf(() => raf(() => st(resolve, 0))); }),
    /** The middle of the first highlighted mention's first box, in viewport pixels, or null. */
    firstHighlightPoint() {
      if (!registry) return null;
      for (const name of ourHighlights()) {
        const highlight = registry.get(name);
        const it = highlight.values();
        for (let r = apply(iterNext2(it), it, []); !r.done; r = apply(iterNext2(it), it, [])) {
          const rect = apply(rangeRects, r.value, [])[0];
          if (rect && rect.width > 0 && rect.top >= 0 && rect.top < innerHeight && rect.left >= 0 && rect.left < innerWidth)
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    highlightCount() {
      if (!registry) return 0;
      let n = 0;
      for (const name of ourHighlights()) n += registry.get(name).size;
      return n;
    },
    compare() {
      if (before === null) return 'the page never took its "before" snapshot';
      const now = snap();
      if (now === before) return '';
      let i = 0;
      while (i < now.length && i < before.length && now[i] === before[i]) i++;
      return 'differs at ' + i + ' of ' + before.length + ': before «' + apply(slice, before, [Math.max(0, i - 60), i + 100]) + '» now «' + apply(slice, now, [Math.max(0, i - 60), i + 100]) + '»';
    },
    leftovers() {
      const problems = [];
      const h = ourHighlights();
      if (h.length) problems[problems.length] = 'highlights ' + h.join(',');
      const n = ourNodes();
      if (n) problems[problems.length] = n + ' Backstory node(s)';
      const s = ourSheets();
      if (s) problems[problems.length] = s + ' Backstory style sheet(s)';
      const diff = api.compare();
      if (diff) problems[problems.length] = diff;
      return problems.join('; ');
    },
  };
  Object.defineProperty(window, '__fuzz', { value: Object.freeze(api), configurable: false, writable: false, enumerable: false });
})();`;
