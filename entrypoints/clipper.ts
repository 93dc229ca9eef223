import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../lib/content/clipper/extract-article';

/**
 * Injected into one tab only when the reader clips it (popup button or
 * context menu), so Readability never weighs on the content script that runs
 * on every page. Its return value is the result of `executeScript`.
 */
export default defineUnlistedScript(() => extractArticle(document, location.href, new Date()));
