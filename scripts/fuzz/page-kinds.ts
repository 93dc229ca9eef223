/**
 * The kinds of hostile or odd page the fuzzer makes, each a section of a
 * page: markup, a script run while the page loads (`setup`), an optional
 * `churn` that mutates the page after the "before" snapshot and must put
 * everything back in `restore`, and `hostile` code that runs last.
 */
import { esc, jsString, NAMES, paragraph, sentence } from './prose';
import type { Random } from '../lib/random';

export interface Section {
  html: string;
  /** Runs while the page loads, before the "before" snapshot. */
  setup?: string;
  /** Pushes `{ run(i), restore() }` onto `churn`: mutate on every tick, then put the page back exactly. */
  churn?: string;
  /** Runs after every section's `setup`, still before the snapshot (removing the body, say). */
  late?: string;
  /** Runs after everything else (it may break the page's own DOM methods). */
  hostile?: string;
}

export interface KindContext {
  rand: Random;
  /** A unique prefix for ids in this section. */
  id: string;
  /** Base address of a second origin (for cross-origin frames). */
  otherOrigin: string;
  index: number;
}

type Kind = (c: KindContext) => Section;

const deepNesting: Kind = (c) => {
  // Past ~600 levels Chromium's own renderer crashes (measured here, with no extension): stay under it.
  const depth = 100 + c.rand.int(400);
  const tags = ['div', 'span', 'section', 'b', 'em', 'blockquote', 'li'];
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    const t = c.rand.pick(tags);
    open.push(`<${t}>`);
    close.unshift(`</${t}>`);
  }
  // The parser flattens nesting past 512; the script nests for real.
  const setup = `(() => { let el = document.getElementById(${jsString(c.id)}); for (let i = 0; i < ${depth}; i++) { const d = document.createElement(i % 2 ? 'span' : 'div'); el.appendChild(d); el = d; } el.appendChild(document.createTextNode(${jsString(sentence(c.rand))})); })();`;
  return {
    html: `${open.join('')}${esc(sentence(c.rand))}${close.join('')}<div id="${c.id}"></div>`,
    setup,
  };
};

const hugeText: Kind = (c) => {
  const size = c.rand.chance(0.15) ? 1_000_000 : 50_000 + c.rand.int(150_000);
  const setup = `(() => { const parts = []; let n = 0; const s = ${jsString(paragraph(c.rand, 4) + ' ')}; while (n < ${size}) { parts.push(s); n += s.length; } document.getElementById(${jsString(c.id)}).appendChild(document.createTextNode(parts.join(''))); })();`;
  return { html: `<div id="${c.id}"></div>`, setup };
};

const manyNodes: Kind = (c) => {
  const n = 2000 + c.rand.int(15000);
  const setup = `(() => { const root = document.getElementById(${jsString(c.id)}); const names = ${JSON.stringify(NAMES.slice(0, 8))}.map(String); for (let i = 0; i < ${n}; i++) { const s = document.createElement(i % 7 ? 'span' : 'p'); s.textContent = i % 13 ? 'word ' + i + ' ' : names[i % names.length] + ' '; root.appendChild(s); } })();`;
  return { html: `<div id="${c.id}"></div>`, setup };
};

const rtlMixed: Kind = (c) => {
  const name = c.rand.pick(NAMES);
  const bits = [
    `<p dir="rtl">مرحبا ${esc(name)} שלום \u202e${esc(name)}\u202c عربي</p>`,
    `<p>中文 ${esc(name)} 日本語 テスト 한국어 ${esc(c.rand.pick(NAMES))} 🇻🇳👍🏽 e\u0301\u0301\u0301</p>`,
    `<p dir="auto">\u2067${esc(name)}\u2069 \u200f${esc(sentence(c.rand))}\u200e</p>`,
    `<bdo dir="rtl">${esc(name)}</bdo><span lang="vi">${esc(name.normalize('NFD'))}</span>`,
  ];
  const setup = `document.getElementById(${jsString(c.id)}).appendChild(document.createTextNode('lone \\ud800 surrogate ' + ${jsString(name)} + ' \\udfff end'));`;
  return { html: `<div id="${c.id}">${bits.join('')}</div>`, setup };
};

const svgText: Kind = (c) => ({
  html:
    `<svg id="${c.id}" width="400" height="80" xmlns="http://www.w3.org/2000/svg"><text x="4" y="20">${esc(c.rand.pick(NAMES))}</text>` +
    `<foreignObject x="0" y="30" width="400" height="50"><p xmlns="http://www.w3.org/1999/xhtml">${esc(sentence(c.rand))}</p></foreignObject>` +
    `<title>${esc(c.rand.pick(NAMES))}</title></svg><math><mi>${esc(c.rand.pick(NAMES))}</mi></math>`,
});

const iframes: Kind = (c) => {
  const doc = `<p>${esc(sentence(c.rand))}</p>`;
  return {
    html:
      `<iframe id="${c.id}-a" srcdoc="${esc(doc)}"></iframe>` +
      `<iframe id="${c.id}-b" src="${c.otherOrigin}/frame/${c.index}.html"></iframe>` +
      `<iframe id="${c.id}-c"></iframe>`,
    setup: `(() => { const d = document.getElementById(${jsString(c.id + '-c')}).contentDocument; if (d) d.body.textContent = ${jsString(sentence(c.rand))}; })();`,
  };
};

const shadowRoots: Kind = (c) => ({
  html:
    `<div id="${c.id}"></div><div><template shadowrootmode="open"><p>${esc(sentence(c.rand))}</p><slot></slot></template>` +
    `<span>${esc(c.rand.pick(NAMES))}</span></div>`,
  setup: `(() => { const host = document.getElementById(${jsString(c.id)}); const root = host.attachShadow({ mode: ${jsString(c.rand.chance(0.5) ? 'open' : 'closed')} }); const p = document.createElement('p'); p.textContent = ${jsString(sentence(c.rand))}; root.appendChild(p); })();`,
});

const contentEditable: Kind = (c) => ({
  html:
    `<div contenteditable="true" id="${c.id}"><p>${esc(sentence(c.rand))}</p></div>` +
    `<div contenteditable="plaintext-only">${esc(sentence(c.rand))}</div><div contenteditable="false">${esc(sentence(c.rand))}</div>`,
});

const forms: Kind = (c) => {
  const n1 = c.rand.pick(NAMES);
  const n2 = c.rand.pick(NAMES);
  return {
    html:
      `<form id="${c.id}" onsubmit="return false"><label>${esc(n1)} <input name="a" value="${esc(n1)}"></label>` +
      `<input type="hidden" value="${esc(n2)}"><textarea name="t">${esc(sentence(c.rand))}</textarea>` +
      `<select><option>${esc(n1)}</option><option selected>${esc(n2)}</option></select>` +
      `<input type="checkbox" id="${c.id}-cb"><button>${esc(n2)}</button><input type="search" placeholder="${esc(n1)}"></form>`,
    setup: `(() => { const f = document.getElementById(${jsString(c.id)}); f.elements.a.value = ${jsString(n2 + ' typed by the reader')}; f.elements.t.value = ${jsString(sentence(c.rand))}; document.getElementById(${jsString(c.id + '-cb')}).checked = true; f.querySelector('select').selectedIndex = 0; })();`,
  };
};

const preCode: Kind = (c) => ({
  html:
    `<pre id="${c.id}">${esc(sentence(c.rand))}\n  ${esc(c.rand.pick(NAMES))}</pre><p>Run <code>${esc(c.rand.pick(NAMES))}</code> ` +
    `and <kbd>${esc(c.rand.pick(NAMES))}</kbd>.</p><script type="text/plain">${esc(c.rand.pick(NAMES))}</script><noscript>${esc(c.rand.pick(NAMES))}</noscript>`,
});

const tables: Kind = (c) => {
  const rows: string[] = [];
  for (let r = 0; r < 3 + c.rand.int(20); r++) {
    const [first, ...rest] = c.rand.pick(NAMES).split(' ');
    rows.push(
      `<tr><td>${esc(first ?? '')}</td><td>${esc(rest.join(' '))}</td><th>${esc(c.rand.pick(NAMES))}</th></tr>`,
    );
  }
  return {
    html: `<table id="${c.id}"><caption>${esc(c.rand.pick(NAMES))}</caption>${rows.join('')}</table>`,
  };
};

export const KINDS: Record<string, Kind> = {
  'deep-nesting': deepNesting,
  'huge-text': hugeText,
  'many-nodes': manyNodes,
  'rtl-mixed': rtlMixed,
  'svg-text': svgText,
  iframes,
  'shadow-roots': shadowRoots,
  contenteditable: contentEditable,
  forms,
  'pre-code': preCode,
  tables,
};
