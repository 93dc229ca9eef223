import type { Language } from '../../lib/shared/corpus/types';
import { useT } from './i18n';

/** The article's language as a small two-letter badge, with the full name for hover and screen readers. */
export function LanguageBadge({ language }: { language: Language }) {
  const t = useT();
  const name = t(language === 'vi' ? 'languageVi' : 'languageEn');
  return (
    <abbr class="bs-badge" title={name} aria-label={name} lang={language}>
      {language.toUpperCase()}
    </abbr>
  );
}
