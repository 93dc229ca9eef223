/**
 * Text for the fuzz pages: filler in English and Vietnamese with the
 * gazetteer's own names (in odd spellings too), so every page has something
 * for Backstory to highlight.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Random } from '../lib/random';

const ROOT = join(import.meta.dirname, '../..');

interface GazetteerFile {
  entities: Array<{ aliases: string[]; shortForms?: string[]; titles?: string[] }>;
}

function loadNames(): string[] {
  const file = JSON.parse(
    readFileSync(join(ROOT, 'seeds/gazetteer.json'), 'utf8'),
  ) as GazetteerFile;
  const names = file.entities.flatMap((e) => [
    ...e.aliases,
    ...(e.titles?.[0] && e.shortForms?.[0] ? [`${e.titles[0]} ${e.shortForms[0]}`] : []),
  ]);
  return [...new Set(names)];
}

/** Every full alias in the gazetteer, plus a titled short form per entity. */
export const NAMES: readonly string[] = loadNames();

const WORDS = (
  'the minister said on Tuesday that talks would continue after the summit in a statement ' +
  'trade tariffs partnership cooperation delegation visit economy officials agreed ' +
  'hôm nay đoàn đại biểu hợp tác kinh tế thương mại phát triển bền vững cho biết tại hội nghị'
).split(' ');

/** Odd spellings of a name: all capitals, decomposed accents, no-break spaces, a soft hyphen inside. */
export function oddSpelling(rand: Random, name: string): string {
  switch (rand.int(6)) {
    case 0:
      return name.toUpperCase();
    case 1:
      return name.normalize('NFD');
    case 2:
      return name.replace(/ /g, '\u00a0');
    case 3:
      return name.replace(/(\p{L})(\p{L})/u, '$1\u00ad$2');
    default:
      return name;
  }
}

/** A sentence of `n` filler words with a name or two in it. */
export function sentence(rand: Random, n = 12): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rand.pick(WORDS));
  words.splice(rand.int(n), 0, oddSpelling(rand, rand.pick(NAMES)));
  if (rand.chance(0.5)) words.splice(rand.int(n), 0, rand.pick(NAMES));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/** A paragraph of a few sentences. */
export function paragraph(rand: Random, sentences = 3): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rand));
  return out.join(' ');
}

/** Text escaped for HTML content and attribute values. */
export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A JavaScript string literal (JSON is one, and `<\/script>` cannot end the script early). */
export function jsString(s: string): string {
  return JSON.stringify(s).replace(/</g, '\\u003c');
}
