import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { callBackgroundResult } from '../../lib/messages/client';
import type { EntityView } from '../../lib/messages/protocol';
import { followSettings } from '../../lib/settings/extension-page';
import { loadSettings, saveSettings } from '../../lib/settings/settings-store';
import { normaliseSettings } from '../../lib/settings/settings';
import { browser } from 'wxt/browser';
import { ReaderArticles } from '../../components/ReaderArticles';
import { createReaderArticlesApi } from '../../lib/reader-articles/reader-articles-api';
import '../../components/styles/theme.css';
import '../../components/styles/options.css';
import '../../components/styles/reader-articles.css';

const app = document.getElementById('app');
// Reader articles (issue 7): the panel exports and imports the settings with the articles.
const readerArticles = createReaderArticlesApi({
  settings: {
    load: async () => ({ ...(await loadSettings()) }),
    save: (raw) => saveSettings(normaliseSettings(raw)),
  },
  estimate: () => navigator.storage.estimate(),
  openArticle: (id) =>
    void browser.tabs.create({
      url: `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`,
    }),
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
