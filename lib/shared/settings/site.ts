/**
 * Sites as the reader thinks of them: `www.vietnamnews.vn` and
 * `vietnamnews.vn` are one site; `sport.example.com` is its own.
 */
import type { Settings } from './settings';

/** The site of a page address (host name, lower case, without `www.`), or null for pages that are not web sites. */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host || null;
}

/** A site typed by the reader (`https://www.x.vn/a`, `x.vn`) as a site, or null when it is not one. */
export function parseSiteInput(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  const site = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
  return site && /^[a-z0-9.-]+$/.test(site) && site.includes('.')
    ? site
    : site === 'localhost'
      ? site
      : null;
}

/** Whether Backstory is off on the page at `url`. */
export function isDisabledOn(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== null && settings.disabledSites.includes(site);
}

/** `settings` with `site` turned off (`disabled`) or back on. */
export function withSite(settings: Settings, site: string, disabled: boolean): Settings {
  const rest = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: disabled ? [...rest, site].sort() : rest };
}
