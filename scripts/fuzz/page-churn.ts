/**
 * Sections that change the page after the "before" snapshot (and put it back
 * exactly), change it while it loads, or attack the page's own world.
 */
import { NAMES, esc, jsString, sentence } from './prose';
import type { KindContext, Section } from './page-kinds';

type Kind = (c: KindContext) => Section;
const el = (c: KindContext) => `document.getElementById(${jsString(c.id)})`;

const appendRemove: Kind = (c) => ({
  html: `<div id="${c.id}"><p>${esc(sentence(c.rand))}</p></div>`,
  churn: `(() => { const box = ${el(c)}; const added = []; churn.push({ run(i) { const p = document.createElement(i % 2 ? 'p' : 'span'); p.appendChild(document.createTextNode(${jsString(sentence(c.rand))} + ' ' + i)); box.appendChild(p); added.push(p); if (i % 3 === 2) box.removeChild(added.shift()); }, restore() { for (const p of added) box.removeChild(p); } }); })();`,
});

const textEdit: Kind = (c) => ({
  html: `<p id="${c.id}">${esc(sentence(c.rand))}</p>`,
  churn: `(() => { const t = ${el(c)}.firstChild; const was = t.data; const alt = ${JSON.stringify([sentence(c.rand), sentence(c.rand), ''])}; churn.push({ run(i) { t.data = alt[i % alt.length]; }, restore() { t.data = was; } }); })();`,
});

const attributeFlip: Kind = (c) => ({
  html: `<div id="${c.id}" class="a"><p>${esc(sentence(c.rand))}</p></div>`,
  churn: `(() => { const d = ${el(c)}; churn.push({ run(i) { const a = ['hidden', 'contenteditable', 'data-x', 'class'][i % 4]; if (d.hasAttribute(a) && a !== 'class') d.removeAttribute(a); else d.setAttribute(a, a === 'class' ? 'b' + i : 'true'); }, restore() { for (const a of ['hidden', 'contenteditable', 'data-x']) d.removeAttribute(a); d.setAttribute('class', 'a'); } }); })();`,
});

const moveAround: Kind = (c) => ({
  html: `<div id="${c.id}"><p>${esc(sentence(c.rand))}</p><p>x</p></div><div id="${c.id}-to"></div>`,
  churn: `(() => { const box = ${el(c)}; const p = box.firstChild; const next = p.nextSibling; const to = document.getElementById(${jsString(c.id + '-to')}); churn.push({ run(i) { (i % 2 ? box : to).appendChild(p); }, restore() { box.insertBefore(p, next); } }); })();`,
});

const splitText: Kind = (c) => {
  const s = `${c.rand.pick(NAMES)} ${sentence(c.rand)}`;
  return {
    html: `<p id="${c.id}">${esc(s)}</p>`,
    churn: `(() => { const t = ${el(c)}.firstChild; const was = t.data; let tail = null; churn.push({ run(i) { if (tail) { t.data = was; tail.parentNode.removeChild(tail); tail = null; } else tail = t.splitText(1 + (i * 7) % (was.length - 1)); }, restore() { if (tail) tail.parentNode.removeChild(tail); t.data = was; } }); })();`,
  };
};

const replaceBodyLater: Kind = (c) => ({
  html: `<p>${esc(sentence(c.rand))}</p>`,
  churn: `(() => { let old = null; let nb = null; churn.push({ run(i) { if (!old) { old = document.body; nb = document.createElement('body'); const p = document.createElement('p'); p.appendChild(document.createTextNode(${jsString(sentence(c.rand))})); nb.appendChild(p); document.body = nb; } else if (nb) nb.appendChild(document.createTextNode(' ' + ${jsString(c.rand.pick(NAMES))} + ' ' + i)); }, restore() { if (old) document.body = old; } }); })();`,
});

const removeBodyLater: Kind = (c) => ({
  html: `<p>${esc(sentence(c.rand))}</p>`,
  churn: `(() => { const html = document.documentElement; const body = document.body; const next = body.nextSibling; churn.push({ run(i) { if (i % 2 === 0 && body.parentNode) html.removeChild(body); else if (!body.parentNode) html.insertBefore(body, next); }, restore() { if (!body.parentNode) html.insertBefore(body, next); } }); })();`,
});

const replaceBodyEarly: Kind = (c) => ({
  html: `<p>${esc(sentence(c.rand))}</p>`,
  setup: `(() => { const nb = document.createElement('body'); nb.setAttribute('data-replaced', ''); while (document.body.firstChild) nb.appendChild(document.body.firstChild); const p = document.createElement('p'); p.appendChild(document.createTextNode(${jsString(sentence(c.rand))})); nb.appendChild(p); document.body = nb; })();`,
});

/** Runs last among the setups: the snapshot and Backstory see a document without a body. */
const noBody: Kind = () => ({
  html: '',
  hostile: '',
  setup: '',
  late: `document.documentElement.removeChild(document.body);`,
});

const hostilePrototypes: Kind = (c) => ({
  html: `<p id="${c.id}">${esc(sentence(c.rand))}</p>`,
  hostile: `(() => {
    const wrap = (proto, name) => { const f = proto[name]; proto[name] = function (...a) { return f.apply(this, a); }; };
    for (const n of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild']) wrap(Node.prototype, n);
    Node.prototype.contains = () => false;
    Object.defineProperty(Node.prototype, 'textContent', { get() { return 'hostile'; }, configurable: true });
    Element.prototype.attachShadow = function () { throw new Error('this page refuses shadow roots'); };
    Element.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 });
    Range.prototype.getClientRects = () => [];
    document.createRange = () => null;
    window.CustomEvent = function () { throw new Error('no CustomEvent here'); };
    window.Event = function () { throw new Error('no Event here'); };
    window.MutationObserver = class { observe() {} disconnect() {} takeRecords() { return []; } };
    window.requestAnimationFrame = () => 0;
    window.Highlight = undefined;
    Object.defineProperty(document, 'body', { get() { throw new Error('no body for you'); }, configurable: true });
    window.chrome = { runtime: { sendMessage() { throw new Error('fake'); }, id: 'fake' } };
    window.browser = window.chrome;
    EventTarget.prototype.dispatchEvent = function () { return true; };
  })();`,
});

const hostileEvents: Kind = (c) => ({
  html: `<p id="${c.id}">${esc(sentence(c.rand))}</p>`,
  hostile: `(() => {
    for (const t of ['mousemove', 'pointermove', 'mouseover', 'keydown', 'scroll', 'message'])
      window.addEventListener(t, (e) => { if (t === 'message' && e.data && typeof e.data.type === 'string') { try { document.dispatchEvent(new CustomEvent(e.data.type, { detail: { contentScriptName: e.data.contentScriptName, messageId: 'forged' } })); } catch {} } }, true);
    window.onerror = () => true;
    window.postMessage({ backstory: 1, to: 'background', call: 'search', request: { query: 'a' } }, '*');
    document.dispatchEvent(new CustomEvent('backstory', { detail: { backstory: 1, to: 'background', call: 'openArticle', request: { id: 'x' } } }));
  })();`,
});

const hostileCss: Kind = (c) => ({
  html:
    `<style>* { transition: all 0s !important; } html > :not(body):not(head) { display: none !important; visibility: hidden !important; } ` +
    `[data-backstory-ui], backstory-card { display: none !important; all: unset !important; } ` +
    `::highlight(backstory-leader) { color: red; background: lime; } body { writing-mode: vertical-rl; column-count: 3; }</style>` +
    `<p id="${c.id}">${esc(sentence(c.rand))}</p>`,
});

const pageErrors: Kind = (c) => ({
  html: `<p id="${c.id}">${esc(sentence(c.rand))}</p>`,
  hostile: `setTimeout(() => { throw new Error('the page’s own error'); }, 0); Promise.reject(new Error('the page’s own rejection')); console.error('the page complains');`,
});

export const CHURN_KINDS: Record<string, Kind> = {
  'mutate-append-remove': appendRemove,
  'mutate-text': textEdit,
  'mutate-attributes': attributeFlip,
  'mutate-move': moveAround,
  'mutate-split-text': splitText,
  'replace-body-later': replaceBodyLater,
  'remove-body-later': removeBodyLater,
  'replace-body-early': replaceBodyEarly,
  'no-body': noBody,
  'hostile-prototypes': hostilePrototypes,
  'hostile-events': hostileEvents,
  'hostile-css': hostileCss,
  'page-errors': pageErrors,
};
