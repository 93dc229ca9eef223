import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';
import { createReaderApi, readerHref } from './reader-api';
import '../../components/styles/theme.css';
import '../../components/styles/article-list.css';
import '../../components/styles/reader.css';

const app = document.getElementById('app');
const articleId = new URLSearchParams(location.search).get('id');
if (app)
  render(
    <ReaderApp
      articleId={articleId}
      api={createReaderApi()}
      locale={navigator.language}
      hrefFor={readerHref}
    />,
    app,
  );
