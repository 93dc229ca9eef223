import type { FoundMention, Matcher } from './types';

/**
 * The mentions in consecutive parts of one page, read in page order, as the
 * content script would find them part by part: a name written in full in one
 * part lets its short forms count in every later part (`alreadyNamed` starts
 * with the names the page already showed in full).
 */
export function findInOrder(
  matcher: Matcher,
  texts: readonly string[],
  alreadyNamed: Iterable<string>,
): FoundMention[][] {
  const named = new Set(alreadyNamed);
  return texts.map((text) => {
    const found = matcher.findMentions(text, { alreadyNamed: named });
    for (const f of found) if (f.rule === 'full') named.add(f.entityId);
    return found;
  });
}
