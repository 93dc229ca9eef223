import type { Language } from '../lib/corpus/types';
import { STRINGS } from './strings';

/** The article's language as a small two-letter badge, with the full name for hover and screen readers. */
export function LanguageBadge({ language }: { language: Language }) {
  const name = STRINGS.languageNames[language];
  return (
    <abbr class="bs-badge" title={name} aria-label={name} lang={language}>
      {language.toUpperCase()}
    </abbr>
  );
}
