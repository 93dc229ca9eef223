/**
 * The extension's own pages (popup, options, reader) follow the settings
 * live: theme on <html> ("auto" = the system's scheme), `lang`, and a
 * re-render with the new translator whenever the settings change.
 */
import { translatorFor } from '../shared/i18n/language';
import type { Translator } from '../shared/i18n/translator';
import type { Settings } from '../shared/settings/settings';
import { loadSettings, watchSettings } from '../shared/settings/settings-store';
import { resolveTheme } from '../shared/settings/theme';

/** Call `render` with the settings and their translator now and after every change. */
export async function followSettings(
  render: (settings: Settings, t: Translator) => void,
  doc: Document = document,
): Promise<void> {
  const apply = (settings: Settings): void => {
    const t = translatorFor(settings.language, navigator.language);
    const systemDark = doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches ?? false;
    doc.documentElement.dataset.bsTheme = resolveTheme(settings.theme, systemDark);
    doc.documentElement.lang = t.lang;
    render(settings, t);
  };
  watchSettings(apply);
  apply(await loadSettings());
}
