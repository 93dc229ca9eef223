/**
 * `npm run scan -- <file.html|file.txt>`: print, one JSON line each, every
 * mention the content script would highlight in that file's text. It runs the
 * content script's own matcher (`lib/match`) and page reader (`lib/page`).
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import type { Entity } from '../lib/corpus/types';
import { compileMatcher } from '../lib/match/compile';
import { createMatcher } from '../lib/match/matcher';
import type { FoundMention, Matcher } from '../lib/match/types';
import { readPageText } from '../lib/page/page-text';
import { buildCorpus } from './build-corpus';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = resolve(ROOT, 'seeds');
const GAZETTEER = resolve(SEEDS, 'gazetteer.json');

/** The gazetteer's entities (`seeds/gazetteer.json`). */
export function loadEntities(): Entity[] {
  const parsed = JSON.parse(readFileSync(GAZETTEER, 'utf8')) as { entities: Entity[] };
  return parsed.entities;
}

/**
 * The matcher the extension would have: compiled from the entities the corpus
 * build makes of the seeds (discovered, with the reviewed layer on top).
 */
export function loadMatcher(): Matcher {
  const built = buildCorpus(SEEDS);
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
  return createMatcher(compileMatcher(built.outputs.bundle.entities));
}

/** The text the content script would see: the page's visible text for HTML, the file itself otherwise. */
export function textOfFile(file: string, content: string): string {
  if (!/^\.x?html?$/i.test(extname(file))) return content;
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(content, 'text/html');
    return readPageText(doc.body as unknown as Node).text;
  } finally {
    void window.happyDOM.close();
  }
}

/** One output line: the mention with its entity's canonical English name. */
export function describe(m: FoundMention, matcher: Matcher): string {
  const entity = matcher.entity(m.entityId);
  return JSON.stringify({
    entity: m.entityId,
    name: entity?.name ?? m.entityId,
    surface: m.surface,
    start: m.start,
    end: m.end,
    alias: m.alias,
    rule: m.rule,
  });
}

function main(args: string[]): number {
  const file = args[0];
  if (!file) {
    console.error('usage: npm run scan -- <file.html|file.txt>');
    return 1;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`scan: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const matcher = loadMatcher();
  for (const m of matcher.findMentions(textOfFile(file, content)))
    console.log(describe(m, matcher));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
