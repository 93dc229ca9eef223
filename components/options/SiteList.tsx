import { useState } from 'preact/hooks';
import { parseSiteInput } from '../../lib/shared/settings/site';
import { useT } from '../shared/i18n';

export interface SiteListProps {
  sites: readonly string[];
  onChange(sites: string[]): void;
}

/** The sites where Backstory is off: each can be turned back on, and another added by address. */
export function SiteList({ sites, onChange }: SiteListProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event): void => {
    e.preventDefault();
    const site = parseSiteInput(text);
    setInvalid(site === null);
    if (!site) return;
    if (!sites.includes(site)) onChange([...sites, site].sort());
    setText('');
  };
  return (
    <>
      <p class="bs-hint">{sites.length ? t('sitesHelp') : t('sitesNone')}</p>
      <ul class="bs-plain-list">
        {sites.map((site) => (
          <li key={site}>
            <span class="bs-site">{site}</span>
            <button
              type="button"
              class="bs-button"
              aria-label={t('siteRemove', site)}
              onClick={() => onChange(sites.filter((s) => s !== site))}
            >
              {t('turnBackOn')}
            </button>
          </li>
        ))}
      </ul>
      <form class="bs-site-form" onSubmit={add}>
        <label>
          <span>{t('siteAddLabel')}</span>
          <input
            type="text"
            value={text}
            placeholder={t('siteAddPlaceholder')}
            aria-invalid={invalid}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="bs-button">
          {t('siteAdd')}
        </button>
        {invalid ? (
          <p class="bs-error" role="alert">
            {t('siteInvalid')}
          </p>
        ) : null}
      </form>
    </>
  );
}
