import { useT } from '../shared/i18n';

export interface SiteState {
  /** The site as the reader knows it (`vietnamnews.vn`). */
  name: string;
  disabled: boolean;
}

export interface SiteBarProps {
  site: SiteState;
  onSetDisabled(disabled: boolean): void;
}

/** "Not on this site" in one click, or, where it is off, that it is off and how to turn it back on. */
export function SiteBar({ site, onSetDisabled }: SiteBarProps) {
  const t = useT();
  return (
    <div class="bs-site-bar" role="group">
      {site.disabled ? (
        <>
          <span class="bs-site-note">{t('pageOff', site.name)}</span>
          <button type="button" class="bs-link" onClick={() => onSetDisabled(false)}>
            {t('turnOnHere')}
          </button>
        </>
      ) : (
        <button type="button" class="bs-link" onClick={() => onSetDisabled(true)}>
          {t('notOnThisSite')}
        </button>
      )}
    </div>
  );
}
