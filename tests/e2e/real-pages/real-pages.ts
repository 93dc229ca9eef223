/**
 * The real-pages test, shared by both browsers: every saved page of
 * ../shared/realpages is opened twice without Backstory and once with it, and
 * compared. The browser half only says how to load a page (see Visit).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadMatcher, scanFile } from '../../../scripts/scan';
import { ROOT } from '../support/chromium';
import type { Rect, Snapshot } from './probes';

/** Where the saved pages are (never copied into the project). */
export const REAL_PAGES = resolve(ROOT, '../shared/realpages');
export const REAL_PAGES_MISSING = `the real-pages test needs ${REAL_PAGES} (see its README): skipped`;

/** The saved pages, by file name, and which of them name an entity by the shared matcher (as scan finds). */
export function realPages(): { name: string; names: boolean }[] {
  if (!existsSync(REAL_PAGES)) return [];
  const matcher = loadMatcher();
  return readdirSync(REAL_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => ({ name, names: scanFile(join(REAL_PAGES, name), matcher).length > 0 }));
}

/** What one load of a page gave. */
export interface Visit {
  snapshot: Snapshot;
  errors: string[];
  /** Requests for hosts other than loopback: each was stopped before it left (the page's own scripts, mostly). */
  outside: number;
  painted: number;
  /** Backstory's highlight names registered and style sheets adopted on the page, painted or not. */
  styles: number;
  /** With Backstory on a page it paints: the hovered mention and the card's box (null: no card came). */
  card?: { mention: Rect; card: Rect | null; viewport: { width: number; height: number } } | null;
}

/** Load `url` in a fresh tab; `hover` asks for the card check (only with Backstory, on a painted page). */
export type Load = (url: string, hover: boolean) => Promise<Visit>;

/** One page's verdict. */
export interface PageResult {
  name: string;
  unsteady: boolean;
  domChange: string;
  newErrors: string[];
  painted: number;
  cardProblem: string;
}

/** Run `work` on every item, `width` at a time. */
export async function pool<T, R>(items: T[], width: number, work: (t: T) => Promise<R>) {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const cut = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 120));
  return `at ${i} of ${a.length}: without ${cut(a)}, with ${cut(b)}`;
}

/** Where the card sits against the hovered name and the viewport; '' when it is right. */
export function cardProblem(card: NonNullable<Visit['card']>): string {
  const { mention: m, card: c, viewport: v } = card;
  if (!c) return `no card opened on "${JSON.stringify(m)}"`;
  const inside =
    c.left >= -0.5 && c.top >= -0.5 && c.right <= v.width + 0.5 && c.bottom <= v.height + 0.5;
  if (!inside) return `card ${JSON.stringify(c)} leaves the viewport ${v.width}×${v.height}`;
  const gap = c.top >= m.bottom - 1 ? c.top - m.bottom : m.top - c.bottom;
  const beside = c.left < m.right && c.right > m.left;
  if (gap < -1 || gap > 16 || !beside)
    return `card ${JSON.stringify(c)} is not next to the name at ${JSON.stringify(m)}`;
  return '';
}

/**
 * The text a page shows, with every run of digits read as one: what differs between two loads of an
 * unsteady page is its clock and its dice (cache-busting `?cb=1796301420380`, random ids, dates).
 */
const textOf = (v: Visit) => v.snapshot.text.replace(/\d+/g, '0');

/**
 * Compare the load with Backstory to the two without (one before it, one after). A page whose DOM
 * differs between those two is unsteady: it is compared on its text instead.
 */
export function judge(name: string, base: [Visit, Visit], withIt: Visit): PageResult {
  const [a, b] = base;
  const unsteady = a.snapshot.dom !== b.snapshot.dom;
  const read = unsteady ? textOf : (v: Visit) => v.snapshot.dom;
  const same = [a, b].some((v) => read(v) === read(withIt));
  const known = new Set([...a.errors, ...b.errors]);
  return {
    name,
    unsteady,
    domChange: same ? '' : `${unsteady ? 'text' : 'DOM'} ${firstDifference(read(a), read(withIt))}`,
    newErrors: withIt.errors.filter((e) => !known.has(e)),
    painted: withIt.painted,
    cardProblem: withIt.card ? cardProblem(withIt.card) : '',
  };
}

/** The summary line of a run, and a table of every page with something to say. */
export function table(browser: string, results: PageResult[], cards: number): string {
  const painted = results.filter((r) => r.painted > 0).length;
  const row = (cells: (string | number)[]) => cells.map((c) => String(c).padEnd(14)).join(' ');
  const lines = [
    row(['browser', 'pages', 'unsteady', 'DOM changes', 'new errors', 'cards / named']),
    row([
      browser,
      results.length,
      results.filter((r) => r.unsteady).length,
      results.filter((r) => r.domChange).length,
      results.filter((r) => r.newErrors.length > 0).length,
      `${cards} / ${painted}`,
    ]),
  ];
  for (const r of results) {
    const notes = [
      r.unsteady ? 'unsteady without Backstory: compared on text' : '',
      r.domChange && `changed: ${r.domChange}`,
      r.newErrors.length ? `new errors: ${r.newErrors.join(' | ')}` : '',
      r.cardProblem,
    ].filter(Boolean);
    if (notes.length) lines.push(`  ${r.name}: ${notes.join('; ')}`);
  }
  return lines.join('\n');
}

/** Print the table and keep it under artifacts/real-pages/. */
export function report(browser: string, text: string): void {
  const dir = join(ROOT, 'artifacts/real-pages');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${browser}.txt`), `${text}\n`);
  console.log(text);
}
