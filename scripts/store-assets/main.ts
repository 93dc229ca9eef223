/**
 * `npm run store-assets`: the screenshots both stores ask for, 1280 × 800,
 * from the built Chromium extension (run `npm run build` first): a card on
 * the demo page, the popup's search, the reader page and the options page,
 * light and dark, in English and Vietnamese; plus the Chrome Web Store's
 * 440 × 280 tile. Written to artifacts/store/<lang>/ (not kept in git).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CorpusBundle } from '../../lib/shared/corpus/types';
import { launchShotBrowser, type ShotBrowser } from './browser';
import { popupOverPage, promoTile } from './compose';
import {
  cardShot,
  demoPage,
  optionsShot,
  popupShot,
  readerShot,
  type Lang,
  type Look,
} from './scenes';

const root = resolve(import.meta.dirname, '../..');
const build = join(root, '.output/chrome-mv3');
const outDir = join(root, 'artifacts/store');

/** The newest article that mentions Lương Cường: the reader page's subject. */
function readerArticle(): string {
  const bundle = JSON.parse(
    readFileSync(join(build, 'corpus/bundle.json'), 'utf8'),
  ) as CorpusBundle;
  const ids = new Set(
    bundle.mentions.filter((m) => m.entityId === 'luong-cuong').map((m) => m.articleId),
  );
  const dated = bundle.articles
    .filter((a) => ids.has(a.id))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  if (!dated[0]) throw new Error('no article mentions luong-cuong in the built corpus');
  return dated[0].id;
}

/** Every screenshot of one language and look, by file name. */
async function shotsOf(b: ShotBrowser, lang: Lang, look: Look, article: string) {
  await b.setSettings({ theme: look, language: lang, disabledSites: ['example.com'] });
  const demo = await demoPage(b, look);
  const popup = await popupShot(b, look, demo);
  const backdrop = await demo.screenshot();
  await demo.close();
  return {
    [`1-card-${look}.png`]: await cardShot(b, look, lang),
    [`2-popup-search-${look}.png`]: await popupOverPage(b, look, backdrop, popup),
    [`3-reader-${look}.png`]: await readerShot(b, look, article),
    [`4-options-${look}.png`]: await optionsShot(b, look),
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(build, 'manifest.json')))
    throw new Error('No build: run npm run build first.');
  const article = readerArticle();
  const b = await launchShotBrowser(build, join(root, 'scripts/demo'));
  const written: string[] = [];
  try {
    for (const lang of ['en', 'vi'] as const) {
      const dir = join(outDir, lang);
      mkdirSync(dir, { recursive: true });
      const icon = readFileSync(join(build, 'icons/backstory-on-128.png'));
      const files = { 'promo-tile-440x280.png': await promoTile(b, lang, icon) };
      for (const look of ['light', 'dark'] as const)
        Object.assign(files, await shotsOf(b, lang, look, article));
      for (const [name, png] of Object.entries(files)) {
        writeFileSync(join(dir, name), png);
        written.push(relative(root, join(dir, name)));
      }
    }
  } finally {
    await b.close();
  }
  if (b.outsideRequests.length > 0)
    throw new Error(`requests left the machine: ${b.outsideRequests.join(', ')}`);
  console.log(
    `store-assets: ${written.length} images, nothing requested outside 127.0.0.1\n  ${written.join('\n  ')}`,
  );
}

main().catch((err: unknown) => {
  console.error('store-assets:', err);
  process.exit(1);
});
