import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../../../../lib/shared/corpus/types';
import { compileMatcher } from '../../../../../lib/shared/match/compile';
import { createMatcher } from '../../../../../lib/shared/match/matcher';
import type { Matcher } from '../../../../../lib/shared/match/types';

/** The matcher over the project's reviewed gazetteer, as the build compiles it. */
export function gazetteerMatcher(): Matcher {
  // A path, not a URL: under happy-dom the global URL is the DOM's, which node:fs refuses.
  const file = resolve(
    dirname(fileURLToPath(import.meta.url)),
    '../../../../../seeds/gazetteer.json',
  );
  const { entities } = JSON.parse(readFileSync(file, 'utf8')) as { entities: Entity[] };
  return createMatcher(compileMatcher(entities));
}

/** `[entity, surface, rule]` for each mention in `text`. */
export function spots(m: Matcher, text: string): [string, string, string][] {
  return m.findMentions(text).map((x) => [x.entityId, x.surface, x.rule]);
}
