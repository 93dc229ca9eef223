/**
 * The titles that make a name a leader's: public offices in English and
 * Vietnamese. A title is matched as a phrase before a name; each belongs to an
 * office, so an entity found as "President" in English also counts after
 * "Tổng thống" in Vietnamese (the matcher's short form after a title).
 */

/** One office: its English and Vietnamese titles, the usual one first. */
interface Office {
  en: readonly string[];
  vi: readonly string[];
}

const PRESIDENT_VI: Readonly<Record<string, string>> = { VN: 'Chủ tịch nước', CN: 'Chủ tịch nước' };

/** Offices by id; the Vietnamese title of a president depends on the country (`viTitlesFor`). */
const OFFICES: Readonly<Record<string, Office>> = {
  president: {
    en: ['President', 'State President', 'President-elect'],
    vi: ['Tổng thống', 'Chủ tịch nước', 'Chủ tịch'],
  },
  'vice-president': {
    en: ['Vice President', 'Vice-President'],
    vi: ['Phó Tổng thống', 'Phó Chủ tịch nước'],
  },
  'prime-minister': { en: ['Prime Minister', 'Premier'], vi: ['Thủ tướng', 'Thủ tướng Chính phủ'] },
  'deputy-prime-minister': { en: ['Deputy Prime Minister'], vi: ['Phó Thủ tướng'] },
  minister: {
    en: [
      'Minister',
      'Foreign Minister',
      'Trade Minister',
      'Defence Minister',
      'Defense Minister',
      'Finance Minister',
    ],
    vi: ['Bộ trưởng', 'Ngoại trưởng'],
  },
  'deputy-minister': { en: ['Deputy Minister', 'Vice Minister'], vi: ['Thứ trưởng'] },
  'general-secretary': {
    en: [
      'General Secretary',
      'Party General Secretary',
      'Party Chief',
      'Secretary-General',
      'Secretary General',
    ],
    vi: ['Tổng Bí thư', 'Tổng Thư ký'],
  },
  ambassador: { en: ['Ambassador'], vi: ['Đại sứ'] },
  'trade-representative': {
    en: ['Trade Representative', 'USTR'],
    vi: ['Đại diện Thương mại', 'Trưởng Đại diện Thương mại'],
  },
  'deputy-trade-representative': {
    en: ['Deputy Trade Representative'],
    vi: ['Phó Đại diện Thương mại'],
  },
  secretary: { en: ['Secretary of State', 'Secretary'], vi: ['Ngoại trưởng', 'Bộ trưởng'] },
  chairman: { en: ['Chairman', 'Chairwoman', 'Chair'], vi: ['Chủ tịch'] },
  speaker: { en: ['Speaker'], vi: ['Chủ tịch Quốc hội', 'Chủ tịch Hạ viện'] },
  chancellor: { en: ['Chancellor'], vi: ['Thủ tướng'] },
  monarch: {
    en: ['King', 'Queen', 'Emperor'],
    vi: ['Quốc vương', 'Nhà vua', 'Nữ hoàng', 'Nhật hoàng'],
  },
};

/**
 * English words a title is built from. A title is a run of these holding at
 * least one head (`HEADS_EN`): `Vietnamese State President`, `US Trade
 * Representative`, `Deputy Prime Minister`.
 */
export const TITLE_WORDS_EN: ReadonlySet<string> = new Set(
  (
    'president minister prime deputy vice general secretary state party chief ambassador trade ' +
    'representative chairman chairwoman chair speaker chancellor premier king queen emperor ' +
    'foreign defence defense finance acting ustr president-elect vice-president secretary-general'
  ).split(' '),
);

/** The words that make a run of title words a title (a lone `State` or `Trade` is not one). */
export const HEADS_EN: ReadonlySet<string> = new Set(
  (
    'president minister secretary ambassador representative chairman chairwoman speaker ' +
    'chancellor premier king queen emperor ustr president-elect vice-president secretary-general chief'
  ).split(' '),
);

/** Words of an office's portfolio after `of`: `Minister of Industry and Trade`, `Secretary of State`. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  (
    'industry trade foreign affairs finance defence defense national public security planning ' +
    'investment justice health education training labour labor invalids social home interior ' +
    'agriculture rural development transport construction culture sports tourism information ' +
    'communications science technology natural resources environment energy economy commerce ' +
    'state treasury homeland veterans war ethnic minority government office and of the'
  ).split(' '),
);

/** Vietnamese titles, longest first so `Chủ tịch nước` wins over `Chủ tịch`. */
export const TITLES_VI: readonly string[] = [
  ...new Set([
    ...Object.values(OFFICES).flatMap((o) => o.vi),
    'Phó Chủ tịch',
    'Phó Chủ tịch Quốc hội',
    'Bí thư',
    'Thường trực Ban Bí thư',
    'Chủ nhiệm',
    'Thống đốc',
    'Đại tướng',
    'Thượng tướng',
  ]),
].sort((a, b) => b.length - a.length);

/** The office a title belongs to (`Tổng thống` → president), or undefined. */
export function officeOf(title: string): string | undefined {
  // The portfolio does not change the office: `Minister of Industry and Trade` is a minister.
  const t = title.toLowerCase().replace(/ of .*$/, '');
  const entries = Object.entries(OFFICES);
  const forms = (o: Office): string[] => [...o.en, ...o.vi].map((x) => x.toLowerCase());
  const exact = entries.find(([, o]) => forms(o).includes(t));
  return (exact ?? entries.find(([, o]) => forms(o).some((x) => t.endsWith(` ${x}`))))?.[0];
}

/**
 * Every title of an office in both languages, for the matcher: the Vietnamese
 * title of a president follows the country (`Chủ tịch nước` for Việt Nam and
 * China, `Tổng thống` elsewhere).
 */
export function titlesOfOffice(office: string, country: string): string[] {
  const o = OFFICES[office];
  if (!o) return [];
  if (office !== 'president') return [...o.en, ...o.vi];
  const vi = PRESIDENT_VI[country] ?? 'Tổng thống';
  return [...o.en.filter((t) => t !== 'President-elect'), vi];
}
