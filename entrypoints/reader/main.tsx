import { render } from 'preact';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { followSettings } from '../../lib/pages/extension-page';
import { createReaderApi, readerHref } from './reader-api';
import '../../components/shared/theme.css';
import '../../components/shared/article-list.css';
import '../../components/reader/reader.css';
import { articleIdOfReaderPage } from '../../lib/shared/reader-url';

const app = document.getElementById('app');
const articleId = articleIdOfReaderPage(location.search);
const api = createReaderApi();
if (app)
  void followSettings((_settings, t) =>
    render(
      <ReaderApp articleId={articleId} api={api} t={t} locale={t.locale} hrefFor={readerHref} />,
      app,
    ),
  );
