/**
 * A generated corpus for the discovery bench: `articles` articles (English
 * and Vietnamese) naming `entities` made-up leaders, agreements and events
 * the way news text does (titles before names, capitalised agreement names
 * with their parties, summits with their year), from a fixed seed.
 */
import type { ArticleText } from '../../lib/shared/discover/types';
import { createRandom, type Random } from '../lib/random';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const SYLLABLES =
  'An Bảo Chi Dũng Giang Hải Khánh Linh Minh Nam Phong Quang Sơn Thành Tuấn Vinh'.split(' ');
const WESTERN =
  'Alden Brook Carver Dalton Ellery Fenwick Garrow Hadley Ingram Jessop Kendrick Lowell'.split(' ');
const TITLES_EN = [
  'President',
  'Prime Minister',
  'Minister',
  'Ambassador',
  'Deputy Prime Minister',
];
const TITLES_VI = ['Chủ tịch nước', 'Thủ tướng', 'Bộ trưởng', 'Đại sứ', 'Phó Thủ tướng'];
const FILLER =
  'The two sides discussed cooperation in trade, investment and security, and agreed to meet again soon.';

/** One made-up entity: how the text names it, in English and Vietnamese. */
interface Named {
  en: string;
  vi: string;
}

/** A serial word keeps every made-up name distinct. */
function serial(n: number): string {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / 26)) s += String.fromCharCode(97 + (k % 26));
  return s;
}

function makeEntity(r: Random, i: number): Named {
  const tag = serial(i);
  const cap = `${tag.charAt(0).toUpperCase()}${tag.slice(1)}`;
  switch (i % 4) {
    case 0: {
      const name = `${r.pick(SURNAMES)} ${r.pick(SYLLABLES)} ${cap}`;
      const t = r.int(TITLES_EN.length);
      return { en: `${TITLES_EN[t]} ${name}`, vi: `${TITLES_VI[t]} ${name}` };
    }
    case 1: {
      const name = `${r.pick(WESTERN)} ${cap}wood`;
      return { en: `US Ambassador ${name}`, vi: `Đại sứ Mỹ ${name}` };
    }
    case 2:
      return { en: `${cap} Economic Partnership Agreement`, vi: `Hiệp định ${cap}` };
    default:
      return {
        en: `${cap.toUpperCase()} Summit ${2000 + (i % 26)}`,
        vi: `Hội nghị thượng đỉnh ${cap.toUpperCase()} ${2000 + (i % 26)}`,
      };
  }
}

/** `articles` articles naming `entities` entities, three or four each. */
export function generateDiscoveryCorpus(
  articles: number,
  entities: number,
  seed: number,
): ArticleText[] {
  const r = createRandom(seed);
  const named = Array.from({ length: entities }, (_, i) => makeEntity(r, i));
  return Array.from({ length: articles }, (_, a) => {
    const vi = a % 3 === 0;
    const picks = Array.from({ length: 3 + r.int(2) }, () => named[r.int(named.length)] as Named);
    const paragraphs = picks.map(
      (p) => `${vi ? p.vi : p.en} attended the talks on ${(a % 28) + 1} May. ${FILLER}`,
    );
    return {
      id: `gen-${a}`,
      language: vi ? 'vi' : 'en',
      date: `2025-05-${String((a % 28) + 1).padStart(2, '0')}`,
      title: `Talks ${a}`,
      paragraphs,
    };
  });
}
