import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { followSettings } from '../../lib/settings/extension-page';
import { createPopupApi, popupParams, siteControls } from './popup-api';
import '../../components/styles/theme.css';
import '../../components/styles/article-list.css';
import '../../components/styles/popup.css';
import '../../components/styles/reader-articles.css';

const app = document.getElementById('app');
const params = popupParams();
const api = createPopupApi(params.tabId);
if (app)
  void followSettings(async (settings, t) => {
    const site = await siteControls(settings, params.tabId);
    render(
      <PopupApp
        api={api}
        t={t}
        locale={t.locale}
        initialQuery={params.query}
        site={site.state}
        onSetSiteDisabled={site.set}
      />,
      app,
    );
  });
