/**
 * One generated fuzz page: a few sections of different kinds in a plain
 * article, and the script that drives it (setups, the "before" snapshot,
 * churn ticks that end where they started, hostile code last).
 */
import { CHURN_KINDS } from './page-churn';
import { KINDS, type Section } from './page-kinds';
import { esc, paragraph } from './prose';
import { createRandom, mixSeed, type Random } from '../lib/random';

const ALL_KINDS = { ...KINDS, ...CHURN_KINDS };
/** Every kind of section, in a fixed order (page `i` cycles through them so a small run covers all). */
export const KIND_NAMES: readonly string[] = Object.keys(ALL_KINDS);

export interface FuzzPage {
  index: number;
  kinds: string[];
  html: string;
}

/** How many churn ticks a page runs, and how they are scheduled. */
function tickScript(rand: Random): string {
  const ticks = 6 + rand.int(14);
  const how = rand.pick(['timeout0', 'timeout5', 'raf', 'burst']);
  return `(() => {
    // Hidden tabs get no frames: a timer stands in so the churn always ends.
    const once = (f) => { let fired = false; return () => { if (!fired) { fired = true; f(); } }; };
    const later = ${JSON.stringify(how)} === 'raf' ? (f) => { const g = once(f); raf(g); st(g, 50); } : ${JSON.stringify(how)} === 'timeout5' ? (f) => st(f, 5) : (f) => st(f, 0);
    let i = 0;
    const step = () => {
      const n = ${JSON.stringify(how)} === 'burst' ? 4 : 1;
      for (let k = 0; k < n && i < ${ticks}; k++, i++) for (const c of churn) { try { c.run(i); } catch (e) {} }
      if (i < ${ticks}) { later(step); return; }
      for (const c of churn) { try { c.restore(); } catch (e) {} }
      __fuzz.done();
    };
    if (churn.length === 0) __fuzz.done(); else later(step);
  })();`;
}

function guarded(code: string | undefined): string {
  return code
    ? `try { ${code} } catch (e) { console.log('fuzz page setup failed', String(e)); }\n`
    : '';
}

/** Kinds that each take the body away or swap it: one per page, or their undoing would cross. */
const BODY_KINDS = new Set([
  'replace-body-later',
  'remove-body-later',
  'replace-body-early',
  'no-body',
]);

const SLOW_WITH_HUGE_TEXT = new Set(['hostile-css', 'remove-body-later', 'replace-body-later']);

/** The kinds of page `index`: one picked in turn (so every kind is covered early) plus one or two at random. */
export function kindsOf(rand: Random, index: number): string[] {
  const kinds = [KIND_NAMES[index % KIND_NAMES.length] as string];
  for (let n = rand.int(3); n > 0; n--) {
    const k = rand.pick(KIND_NAMES);
    if (BODY_KINDS.has(k) && kinds.some((o) => BODY_KINDS.has(o))) continue;
    // Columns of vertical text over 1 MB, or 1 MB of text taken off and put back every tick, take
    // Chromium itself over 10 s to lay out, extension or not (measured): a page that slow tests nothing.
    const all = [k, ...kinds];
    if (all.includes('huge-text') && all.some((x) => SLOW_WITH_HUGE_TEXT.has(x))) continue;
    kinds.push(k);
  }
  return [...new Set(kinds)];
}

/** Generate page `index` of `seed` (deterministic). `otherOrigin` serves cross-origin frames. */
export function generatePage(seed: number, index: number, otherOrigin: string): FuzzPage {
  const rand = createRandom(mixSeed(seed, index));
  const kinds = kindsOf(rand, index);
  const sections: Section[] = kinds.map((k, i) =>
    (ALL_KINDS[k] as (c: Parameters<(typeof KINDS)[string]>[0]) => Section)({
      rand,
      id: `s${i}`,
      otherOrigin,
      index,
    }),
  );
  const lang = rand.pick(['en', 'vi', 'ar', '']);
  const doctype = rand.chance(0.9) ? '<!doctype html>' : ''; // some pages in quirks mode
  const body = [`<h1>${esc(paragraph(rand, 1))}</h1>`, `<p>${esc(paragraph(rand))}</p>`]
    .concat(sections.map((s) => `<section>${s.html}</section>`))
    .join('\n');
  // The timers are taken before any hostile section can replace them.
  const script =
    'const churn = [];\nconst st = setTimeout, raf = requestAnimationFrame;\n' +
    sections.map((s) => guarded(s.setup)).join('') +
    sections.map((s) => guarded(s.late)).join('') +
    '__fuzz.before();\n' +
    sections.map((s) => guarded(s.churn)).join('') +
    sections.map((s) => guarded(s.hostile)).join('') +
    tickScript(rand);
  const html =
    `${doctype}<html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>fuzz ${index}</title></head>` +
    `<body>${body}\n<script>(() => {\n${script}\n})();</script></body></html>`;
  return { index, kinds, html };
}

/** The page a cross-origin frame of page `index` loads. */
export function framePage(seed: number, index: number): string {
  const rand = createRandom(mixSeed(seed ^ 0x5bd1e995, index));
  return `<!doctype html><meta charset="utf-8"><p>${esc(paragraph(rand))}</p>`;
}
