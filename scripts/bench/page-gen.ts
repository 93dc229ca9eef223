/**
 * The bench's web pages, written as HTML files from a seed. Every page opts in
 * to the content script's timings with `<meta name="backstory-bench">`.
 */
import type { Entity } from '../../lib/shared/corpus/types';
import { createRandom, type Random } from '../lib/random';
import { paragraph } from './text-gen';

const HEAD = (title: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="backstory-bench">` +
  `<title>${title}</title><style>body{font:16px/1.5 serif;max-width:46em;margin:2em auto}</style></head>`;

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A paragraph of about `chars` characters as about five text nodes (some in links and bold). */
export function paragraphHtml(r: Random, entities: readonly Entity[], chars: number): string {
  const words = paragraph(r, entities, chars).split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const n = 6 + r.int(6);
    const piece = escape(words.slice(i, i + n).join(' '));
    const k = r.int(5);
    out.push(k === 0 ? `<a href="#">${piece}</a>` : k === 1 ? `<b>${piece}</b>` : piece);
    i += n;
  }
  return `<p>${out.join(' ')}</p>`;
}

/** About `chars` characters of text in about `chars / 50` text nodes, as an article page. */
export function staticPage(entities: readonly Entity[], seed: number, chars: number): string {
  const r = createRandom(seed);
  const paras: string[] = [];
  for (let n = 0; n < chars; n += 250) paras.push(paragraphHtml(r, entities, 240));
  return `${HEAD('Bench: 1 MB')}<body><article><h1>Generated news</h1>${paras.join('\n')}</article></body></html>`;
}

/** Paragraphs for a page's own script to add later, as a JSON array of HTML strings. */
function later(r: Random, entities: readonly Entity[], count: number): string {
  const list: string[] = [];
  for (let i = 0; i < count; i++) list.push(paragraphHtml(r, entities, 240));
  return JSON.stringify(list).replace(/</g, '\\u003c');
}

/** A page that appends `count` paragraphs over `ms` milliseconds, then sets `window.benchDone`. */
export function appendingPage(
  entities: readonly Entity[],
  seed: number,
  count: number,
  ms: number,
): string {
  const r = createRandom(seed);
  return `${HEAD('Bench: appending')}<body><main id="m">${paragraphHtml(r, entities, 240)}</main><script>
const items = ${later(r, entities, count)}; const m = document.getElementById('m'); let i = 0;
const t = setInterval(() => { m.insertAdjacentHTML('beforeend', items[i++]);
  if (i === items.length) { clearInterval(t); window.benchDone = true; } }, ${ms / count});
</script></body></html>`;
}

/** An infinite-scroll page: each `window.loadMore()` adds a batch of `batch` paragraphs in one section. */
export function infiniteScrollPage(
  entities: readonly Entity[],
  seed: number,
  batches: number,
  batch: number,
): string {
  const r = createRandom(seed);
  return `${HEAD('Bench: infinite scroll')}<body><main id="m">${paragraphHtml(r, entities, 240)}</main><script>
const items = ${later(r, entities, batches * batch)}; const m = document.getElementById('m'); let i = 0;
window.loadMore = () => { const s = document.createElement('section');
  s.innerHTML = items.slice(i, i + ${batch}).join(''); i += ${batch}; m.append(s); return i < items.length; };
</script></body></html>`;
}

/** A single-page app: `window.navigate(k)` pushes a new URL and swaps the main view's content. */
export function spaPage(entities: readonly Entity[], seed: number, views: number): string {
  const r = createRandom(seed);
  const pages: string[] = [];
  for (let v = 0; v < views; v++) {
    const paras: string[] = [];
    for (let p = 0; p < 20; p++) paras.push(paragraphHtml(r, entities, 240));
    pages.push(paras.join(''));
  }
  return `${HEAD('Bench: single-page app')}<body><main id="m">${pages[0]}</main><script>
const views = ${JSON.stringify(pages).replace(/</g, '\\u003c')};
window.navigate = (k) => { history.pushState({ k }, '', '?view=' + k);
  const m = document.getElementById('m'); m.replaceChildren(); m.insertAdjacentHTML('beforeend', views[k]); };
</script></body></html>`;
}

/** A short page with one paragraph per entity, its first alias in the middle: the hover card targets. */
export function hoverPage(entities: readonly Entity[]): string {
  const paras = entities.map(
    (e, i) =>
      `<p id="e${i}">Some words before the name, then <span class="t">${escape(e.aliases[0] ?? '')}</span> and after.</p>`,
  );
  return `${HEAD('Bench: hover')}<body>${paras.join('\n')}</body></html>`;
}
