/**
 * `npm run scan -- <file.html|file.txt>`: print, one JSON line each, every
 * mention the content script would highlight in that file's text. It runs the
 * content script's own matcher (`lib/shared/match`) and page reader (`lib/content`);
 * the page is parsed without loading or running anything (scripts/lib/input-file.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entity } from '../lib/shared/corpus/types';
import { compileMatcher } from '../lib/shared/match/compile';
import { createMatcher } from '../lib/shared/match/matcher';
import type { FoundMention, Matcher } from '../lib/shared/match/types';
import { InputError, readTextInput, textOfFile } from './lib/input-file';
import { buildCorpus } from './build-corpus';

export { textOfFile };

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

/**
 * The mentions in one file, as `npm run scan` prints them.
 * @throws InputError when the file cannot be read as text
 */
export function scanFile(file: string, matcher: Matcher = loadMatcher()): FoundMention[] {
  return matcher.findMentions(textOfFile(file, readTextInput(file)));
}

function main(args: string[]): number {
  const file = args[0];
  if (!file) {
    console.error('usage: npm run scan -- <file.html|file.txt>');
    return 1;
  }
  const matcher = loadMatcher();
  let found: FoundMention[];
  try {
    found = scanFile(file, matcher);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    console.error(err.message);
    return 1;
  }
  for (const m of found) console.log(describe(m, matcher));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
