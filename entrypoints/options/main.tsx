import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { callBackgroundResult } from '../../lib/shared/messages/client';
import type { EntityView } from '../../lib/shared/messages/protocol';
import { followSettings } from '../../lib/pages/extension-page';
import { loadSettings, saveSettings } from '../../lib/shared/settings/settings-store';
import { normaliseSettings } from '../../lib/shared/settings/settings';
import { browser } from 'wxt/browser';
import { readerUrl } from '../../lib/shared/reader-url';
import { ReaderArticles } from '../../components/options/ReaderArticles';
import { createReaderArticlesApi } from '../../lib/pages/reader-articles-api';
import '../../components/shared/theme.css';
import '../../components/options/options.css';
import '../../components/shared/reader-articles.css';

const app = document.getElementById('app');
// Reader articles: the panel exports and imports the settings with the articles.
const readerArticles = createReaderArticlesApi({
  settings: {
    load: async () => ({ ...(await loadSettings()) }),
    save: (raw) => saveSettings(normaliseSettings(raw)),
  },
  estimate: () => navigator.storage.estimate(),
  openArticle: (id) => void browser.tabs.create({ url: readerUrl(id) }),
});
let entities = new Map<string, EntityView>();
const named = callBackgroundResult('entities', {}).then((r) => {
  if (r.ok) entities = new Map(r.value.entities.map((e) => [e.id, e]));
});

if (app)
  void followSettings((settings, t) => {
    document.title = t('optionsTitle');
    const paint = (): void =>
      render(
        <>
          <OptionsApp settings={settings} entities={entities} t={t} onChange={saveSettings} />
          <ReaderArticles api={readerArticles} locale={t.locale} />
        </>,
        app,
      );
    paint();
    void named.then(paint);
  });
