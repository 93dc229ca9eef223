import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';
import { followSettings } from '../../lib/settings/extension-page';
import { createReaderApi, readerHref } from './reader-api';
import '../../components/styles/theme.css';
import '../../components/styles/article-list.css';
import '../../components/styles/reader.css';

const app = document.getElementById('app');
const articleId = new URLSearchParams(location.search).get('id');
const api = createReaderApi();
if (app)
  void followSettings((_settings, t) =>
    render(
      <ReaderApp articleId={articleId} api={api} t={t} locale={t.locale} hrefFor={readerHref} />,
      app,
    ),
  );
