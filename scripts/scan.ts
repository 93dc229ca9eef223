/**
 * `npm run scan -- <file.html|file.txt>`: print, one JSON line each, every
 * mention the content script would highlight in that file's text. It runs the
 * content script's own matcher (`lib/match`) and page reader (`lib/page`);
 * the page is parsed without loading or running anything (scripts/lib/input-file.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entity } from '../lib/corpus/types';
import { compileMatcher } from '../lib/match/compile';
import { createMatcher } from '../lib/match/matcher';
import type { FoundMention, Matcher, MatcherData } from '../lib/match/types';
import { InputError, readTextInput, textOfFile } from './lib/input-file';

export { textOfFile };

const ROOT = resolve(import.meta.dirname, '..');
const GENERATED = resolve(ROOT, 'lib/generated/matcher-data.json');
const GAZETTEER = resolve(ROOT, 'seeds/gazetteer.json');

/** The gazetteer's entities (`seeds/gazetteer.json`). */
export function loadEntities(): Entity[] {
  const parsed = JSON.parse(readFileSync(GAZETTEER, 'utf8')) as { entities: Entity[] };
  return parsed.entities;
}

/**
 * Whether the build's matcher tables are newer than everything they are made
 * from (the gazetteer and the compiler): stale tables would make scan and eval
 * report on yesterday's rules.
 */
function generatedIsFresh(): boolean {
  if (!existsSync(GENERATED)) return false;
  const built = statSync(GENERATED).mtimeMs;
  const matchDir = resolve(ROOT, 'lib/match');
  const sources = [GAZETTEER, ...readdirSync(matchDir).map((f) => resolve(matchDir, f))];
  return sources.every((f) => statSync(f).mtimeMs <= built);
}

/** The built matcher tables when they are up to date, else tables compiled from the gazetteer now. */
export function loadMatcher(): Matcher {
  const data = generatedIsFresh()
    ? (JSON.parse(readFileSync(GENERATED, 'utf8')) as MatcherData)
    : compileMatcher(loadEntities());
  return createMatcher(data);
}

/** One output line: the mention with its entity's canonical English name. */
export function describe(m: FoundMention, matcher: Matcher): string {
  const entity = matcher.entities.find((e) => e.id === m.entityId);
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
