/**
 * A country code as words in the reader's language (`VN` → `Vietnam`,
 * `Việt Nam`). Labels that are not ISO codes (`ASEAN`, `APEC`, `UN`) are shown as written.
 */
export function countryName(code: string, locale: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    // An unknown locale tag: the code still says something.
    return code;
  }
}

/** The interface language for a locale tag: Vietnamese for `vi*`, English otherwise. */
export function uiLanguage(locale: string): 'en' | 'vi' {
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
