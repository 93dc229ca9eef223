/**
 * Store images put together from real screenshots: the popup is 380 × 560,
 * so its 1280 × 800 image shows it where the browser opens it, over the page
 * it was opened on; and the small promotional tile the Chrome Web Store asks for.
 * Drawn by the same Chromium from data URLs only.
 */
import type { ShotBrowser } from './browser';
import { newPage, type Lang, type Look } from './scenes';

const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;

/** Render `html` at `width` × `height` and return the PNG. */
async function drawHtml(b: ShotBrowser, look: Look, html: string, width: number, height: number) {
  const page = await newPage(b, look, { width, height });
  await page.setContent(html, { waitUntil: 'load' });
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** The popup's screenshot over the page's, below the top-right corner where the toolbar button is. */
export function popupOverPage(b: ShotBrowser, look: Look, page: Buffer, popup: Buffer) {
  const shadow = look === 'dark' ? 'rgba(0,0,0,.7)' : 'rgba(0,0,0,.28)';
  const html = `<body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">
    <img src="${dataUrl(page)}" style="position:absolute;inset:0;filter:brightness(${look === 'dark' ? 0.8 : 0.94})">
    <img src="${dataUrl(popup)}" style="position:absolute;top:12px;right:28px;border-radius:8px;
      box-shadow:0 8px 32px ${shadow},0 0 0 1px rgba(127,127,127,.35)">
  </body>`;
  return drawHtml(b, look, html, 1280, 800);
}

const TAGLINE: Record<Lang, string> = {
  en: 'The backstory of the news you read — on your machine, no network.',
  vi: 'Bối cảnh của tin bạn đọc — ngay trên máy bạn, không cần mạng.',
};

/** The Chrome Web Store's small promotional tile (440 × 280): the icon, the name, one line. */
export function promoTile(b: ShotBrowser, lang: Lang, icon: Buffer) {
  const html = `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;
    gap:22px;padding:0 34px;box-sizing:border-box;background:#f6f3ec;color:#1d2733;
    font-family:system-ui,sans-serif">
    <img src="${dataUrl(icon)}" width="128" height="128">
    <div><div style="font:700 38px Georgia,serif;letter-spacing:.5px">Backstory</div>
    <div style="font-size:16px;line-height:1.4;margin-top:8px;color:#3b4754">${TAGLINE[lang]}</div></div>
  </body>`;
  return drawHtml(b, 'light', html, 440, 280);
}
