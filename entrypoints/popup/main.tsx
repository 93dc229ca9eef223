import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { createPopupApi } from './popup-api';
import '../../components/styles/theme.css';
import '../../components/styles/article-list.css';
import '../../components/styles/popup.css';
import '../../components/styles/reader-articles.css';

const app = document.getElementById('app');
if (app) render(<PopupApp api={createPopupApi()} locale={navigator.language} />, app);
