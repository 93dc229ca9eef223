/**
 * The vocabulary of agreement and event names: the head words that make a
 * phrase one, the words that carry no identity (`Comprehensive Strategic
 * Partnership` is a tier many countries share), and the Vietnamese ↔ English
 * names of the common kinds, so a Vietnamese mention and an English one of
 * the same agreement meet (`Hiệp định thương mại đối ứng` ↔ `Reciprocal Trade
 * Agreement`).
 */

/** English heads of agreement names. */
export const AGREEMENT_HEADS_EN: ReadonlySet<string> = new Set(
  'agreement agreements partnership treaty convention declaration accord accords pact charter protocol'.split(
    ' ',
  ),
);

/** English heads of event names (lower case allowed after a proper name: `APEC summit`). */
export const EVENT_HEADS_EN: ReadonlySet<string> = new Set(
  'summit week meeting conference dialogue'.split(' '),
);

/** Words that say what kind of agreement or event a name is, not which one. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'agreement agreements partnership treaty convention declaration accord accords pact charter protocol ' +
    'area trade free economic comprehensive strategic reciprocal fair balanced investment cooperation ' +
    'framework bilateral joint statement progressive regional enhanced security defence defense global ' +
    'relations on and of the for new upgraded summit week meeting conference dialogue leaders leaders’ ' +
    "leaders' ministers ministerial special annual high level high-level economic forum"
  ).split(' '),
);

/** Vietnamese heads of agreement names. */
export const AGREEMENT_HEADS_VI: readonly string[] = [
  'Hiệp định',
  'Hiệp ước',
  'Đối tác',
  'Công ước',
  'Tuyên bố',
  'Thỏa thuận',
  'Thoả thuận',
  'Khu vực Thương mại Tự do',
];

/** Vietnamese heads of event names, longest first. */
export const EVENT_HEADS_VI: readonly string[] = [
  'Hội nghị thượng đỉnh',
  'Hội nghị cấp cao',
  'Tuần lễ cấp cao',
  'Hội nghị Bộ trưởng',
  'Hội nghị',
  'Diễn đàn cấp cao',
  'Đối thoại',
];

/**
 * Lower-case syllables that stay inside a Vietnamese name (organisations and
 * agreements capitalise only their first syllable: `Hiệp định thương mại đối
 * ứng`, `Diễn đàn Hợp tác kinh tế châu Á-Thái Bình Dương`).
 */
export const NAME_SYLLABLES_VI: ReadonlySet<string> = new Set(
  (
    'định ước tác thương mại tự do đối ứng chiến lược toàn diện kinh tế đầu tư hợp về luật biển ' +
    'quốc phát triển bền vững khu vực chung công bằng cân đàn châu á thái bình dương liên cấp cao ' +
    'thượng đỉnh lễ nghị trưởng phụ trách bộ thuận bố'
  ).split(' '),
);

/** Kinds of agreement and event with their Vietnamese names (lower case, no parties). */
const NAMES: ReadonlyArray<readonly [en: string, vi: readonly string[]]> = [
  ['Reciprocal Trade Agreement', ['hiệp định thương mại đối ứng', 'thỏa thuận thương mại đối ứng']],
  [
    'Agreement on Reciprocal, Fair and Balanced Trade',
    ['hiệp định thương mại đối ứng, công bằng và cân bằng'],
  ],
  ['Free Trade Agreement', ['hiệp định thương mại tự do']],
  ['Free Trade Area', ['khu vực thương mại tự do']],
  ['Comprehensive Strategic Partnership', ['đối tác chiến lược toàn diện']],
  ['Strategic Partnership', ['đối tác chiến lược']],
  ['Comprehensive Partnership', ['đối tác toàn diện']],
  ['Comprehensive Economic Partnership Agreement', ['hiệp định đối tác kinh tế toàn diện']],
  ['Economic Partnership Agreement', ['hiệp định đối tác kinh tế']],
  ['Trade Agreement', ['hiệp định thương mại']],
  ['Investment Agreement', ['hiệp định đầu tư']],
  [
    'United Nations Convention on the Law of the Sea',
    ['công ước liên hợp quốc về luật biển', 'công ước luật biển'],
  ],
  ['Joint Statement', ['tuyên bố chung']],
];

const VI_TO_EN = new Map(NAMES.flatMap(([en, vis]) => vis.map((vi) => [vi, en] as const)));
const EN_TO_VI = new Map(NAMES.map(([en, vis]) => [en.toLowerCase(), vis[0] as string]));

/** The English name of a Vietnamese kind of agreement (`hiệp định thương mại tự do` → `Free Trade Agreement`). */
export function englishOf(vietnamese: string): string | undefined {
  return VI_TO_EN.get(vietnamese.toLowerCase().normalize('NFC'));
}

/** The Vietnamese name of an English kind of agreement, capitalised like a name. */
export function vietnameseOf(english: string): string | undefined {
  const vi = EN_TO_VI.get(english.toLowerCase());
  return vi && vi.charAt(0).toUpperCase() + vi.slice(1);
}

/** Abbreviations that stand for a kind of agreement (`ASEAN-Korea FTA`). */
export const KIND_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  FTA: ['Free Trade Agreement', 'Free Trade Area'],
};
