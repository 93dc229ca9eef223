import type { Token } from './tokens';

/**
 * Words that end a name in a title-case line (`President Trump Says …`):
 * capitals say nothing there, so the verbs and function words of a headline
 * stand in for the lower case that ends a name elsewhere.
 */
const HEADLINE_WORDS = new Set(
  (
    'says said tells told meets met visits visited urges urged vows hails calls arrives leaves signs ' +
    'holds welcomes receives talks attends pledges slams warns wants seeks backs rejects agrees ' +
    'discusses highlights affirms reaffirms stresses expects plans to in on at for with of and as ' +
    'after before over amid ahead by from is are was will'
  ).split(' '),
);

/** A stop test for the name readers on one title-case line. */
export function headlineStop(): (t: Token) => boolean {
  return (t) => HEADLINE_WORDS.has(t.text.toLowerCase());
}
