import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusBundle } from '../../../lib/shared/corpus/types';
import { CHROME_BUILD } from './chromium';

/** The corpus bundle exactly as the built extension ships it. */
export function readBuiltBundle(): CorpusBundle {
  return JSON.parse(readFileSync(join(CHROME_BUILD, 'corpus/bundle.json'), 'utf8')) as CorpusBundle;
}

/** Ids of the articles that mention an entity, per the built bundle. */
export function articlesMentioning(bundle: CorpusBundle, entityId: string): string[] {
  return [
    ...new Set(bundle.mentions.filter((m) => m.entityId === entityId).map((m) => m.articleId)),
  ];
}
