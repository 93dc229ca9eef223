/**
 * The ways news text names a country (or a multilateral body that signs
 * agreements), in English and Vietnamese: names, short forms and adjectives.
 * Discovery reads a leader's country and an agreement's parties through
 * these, and writes every other form of the same country into the spellings
 * it generates (`RoK` ↔ `Korea` ↔ `South Korea` ↔ `Hàn Quốc`).
 */

/** One country: its code, the forms that name it, and the forms used in `X-Y` pairs. */
export interface CountryForms {
  code: string;
  /** English names, the preferred one first. */
  en: readonly string[];
  /** English adjectives (`Vietnamese`), which qualify titles but not agreements. */
  adjectives: readonly string[];
  /** Vietnamese names, the preferred one first. */
  vi: readonly string[];
}

const TABLE: readonly CountryForms[] = [
  {
    code: 'VN',
    en: ['Việt Nam', 'Vietnam', 'Viet Nam'],
    adjectives: ['Vietnamese'],
    vi: ['Việt Nam', 'Việt'],
  },
  {
    code: 'US',
    en: ['US', 'U.S.', 'United States', 'USA', 'America'],
    adjectives: ['American'],
    vi: ['Mỹ', 'Hoa Kỳ'],
  },
  {
    code: 'KR',
    en: ['Korea', 'South Korea', 'Republic of Korea', 'RoK', 'ROK'],
    adjectives: ['South Korean', 'Korean'],
    vi: ['Hàn Quốc', 'Hàn'],
  },
  { code: 'KP', en: ['North Korea', 'DPRK'], adjectives: ['North Korean'], vi: ['Triều Tiên'] },
  {
    code: 'CN',
    en: ['China', "People's Republic of China"],
    adjectives: ['Chinese'],
    vi: ['Trung Quốc', 'Trung'],
  },
  { code: 'JP', en: ['Japan'], adjectives: ['Japanese'], vi: ['Nhật Bản', 'Nhật'] },
  {
    code: 'RU',
    en: ['Russia', 'Russian Federation'],
    adjectives: ['Russian'],
    vi: ['Nga', 'Liên bang Nga'],
  },
  { code: 'IN', en: ['India'], adjectives: ['Indian'], vi: ['Ấn Độ'] },
  { code: 'FR', en: ['France'], adjectives: ['French'], vi: ['Pháp'] },
  { code: 'DE', en: ['Germany'], adjectives: ['German'], vi: ['Đức'] },
  {
    code: 'GB',
    en: ['UK', 'U.K.', 'United Kingdom', 'Britain'],
    adjectives: ['British'],
    vi: ['Anh', 'Vương quốc Anh'],
  },
  { code: 'IT', en: ['Italy'], adjectives: ['Italian'], vi: ['Italy', 'Ý'] },
  { code: 'AU', en: ['Australia'], adjectives: ['Australian'], vi: ['Australia', 'Úc'] },
  { code: 'NZ', en: ['New Zealand'], adjectives: ['New Zealand'], vi: ['New Zealand'] },
  { code: 'CA', en: ['Canada'], adjectives: ['Canadian'], vi: ['Canada'] },
  { code: 'LA', en: ['Laos', 'Lao PDR'], adjectives: ['Lao', 'Laotian'], vi: ['Lào'] },
  { code: 'KH', en: ['Cambodia'], adjectives: ['Cambodian'], vi: ['Campuchia'] },
  { code: 'TH', en: ['Thailand'], adjectives: ['Thai'], vi: ['Thái Lan'] },
  { code: 'SG', en: ['Singapore'], adjectives: ['Singaporean'], vi: ['Singapore'] },
  { code: 'MY', en: ['Malaysia'], adjectives: ['Malaysian'], vi: ['Malaysia'] },
  { code: 'ID', en: ['Indonesia'], adjectives: ['Indonesian'], vi: ['Indonesia'] },
  {
    code: 'PH',
    en: ['Philippines', 'the Philippines'],
    adjectives: ['Philippine', 'Filipino'],
    vi: ['Philippines'],
  },
  { code: 'MM', en: ['Myanmar'], adjectives: ['Myanmar'], vi: ['Myanmar'] },
  { code: 'BR', en: ['Brazil'], adjectives: ['Brazilian'], vi: ['Brazil'] },
  { code: 'UA', en: ['Ukraine'], adjectives: ['Ukrainian'], vi: ['Ukraine'] },
  {
    code: 'EU',
    en: ['EU', 'European Union'],
    adjectives: ['European'],
    vi: ['EU', 'Liên minh châu Âu'],
  },
  { code: 'ASEAN', en: ['ASEAN'], adjectives: [], vi: ['ASEAN'] },
  { code: 'APEC', en: ['APEC'], adjectives: [], vi: ['APEC'] },
  {
    code: 'UN',
    en: ['United Nations', 'UN', 'U.N.'],
    adjectives: [],
    vi: ['Liên hợp quốc', 'LHQ'],
  },
];

/** Every country, by code. */
export const COUNTRIES: ReadonlyMap<string, CountryForms> = new Map(TABLE.map((c) => [c.code, c]));

/** A form as looked up: lower case, curly apostrophes straightened. */
export function formKey(form: string): string {
  return form.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

interface FormHit {
  code: string;
  adjective: boolean;
}

const BY_FORM = new Map<string, FormHit>();
for (const c of TABLE) {
  for (const f of [...c.en, ...c.vi]) BY_FORM.set(formKey(f), { code: c.code, adjective: false });
  for (const f of c.adjectives)
    if (!BY_FORM.has(formKey(f))) BY_FORM.set(formKey(f), { code: c.code, adjective: true });
}

/** The longest form in words, so callers know how far to look ahead. */
export const LONGEST_FORM_WORDS = Math.max(...[...BY_FORM.keys()].map((k) => k.split(' ').length));

/** The country a form names (`Hoa Kỳ` → US), or undefined. Case matters only through the caller. */
export function countryOfForm(form: string): FormHit | undefined {
  return BY_FORM.get(formKey(form));
}

/** The forms of a country used beside another in an `X-Y` pair, in one language. */
export function pairForms(code: string, language: 'en' | 'vi'): readonly string[] {
  const c = COUNTRIES.get(code);
  if (!c) return [code];
  return language === 'en' ? c.en.filter((f) => f !== 'America') : c.vi;
}
