/**
 * Every sentence the UI says, in one place so the interface can be translated
 * (issue 6 moves these to `_locales`). English for now.
 */
import type { MatchRule } from '../lib/corpus/types';

export const STRINGS = {
  loading: 'Loading articles…',
  loadError: 'Backstory couldn’t load articles — try again',
  retry: 'Try again',
  noArticles: 'No articles in your Backstory corpus mention this yet.',
  more: (n: number) => `More (${n})`,
  whyHighlighted: 'Why highlighted',
  notOnThisSite: 'Not on this site',
  whyText: (surface: string, alias: string, rule: string) =>
    surface === alias
      ? `“${surface}” matched as ${rule}.`
      : `“${surface}” matched “${alias}” as ${rule}.`,
  languageNames: { en: 'English', vi: 'Tiếng Việt' },
} as const;

/** How each matching rule reads in "why highlighted". */
export const RULE_LABELS: Record<MatchRule, string> = {
  full: 'a full name',
  title: 'a title followed by a name',
  'after-full': 'a short form after the full name appeared on this page',
  distinctive: 'a distinctive short form',
};
