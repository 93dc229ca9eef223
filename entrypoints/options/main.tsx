import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { callBackgroundResult } from '../../lib/messages/client';
import type { EntityView } from '../../lib/messages/protocol';
import { followSettings } from '../../lib/settings/extension-page';
import { saveSettings } from '../../lib/settings/settings-store';
import '../../components/styles/theme.css';
import '../../components/styles/options.css';

const app = document.getElementById('app');
let entities = new Map<string, EntityView>();
const named = callBackgroundResult('entities', {}).then((r) => {
  if (r.ok) entities = new Map(r.value.entities.map((e) => [e.id, e]));
});

if (app)
  void followSettings((settings, t) => {
    document.title = t('optionsTitle');
    const paint = (): void =>
      render(
        <OptionsApp settings={settings} entities={entities} t={t} onChange={saveSettings} />,
        app,
      );
    paint();
    void named.then(paint);
  });
