import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { followSettings } from '../../lib/pages/extension-page';
import { createPopupApi, popupParams, siteControls } from './popup-api';
import '../../components/shared/theme.css';
import '../../components/shared/article-list.css';
import '../../components/popup/popup.css';
import '../../components/shared/reader-articles.css';

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
