/**
 * Matching policy that is not a fact about one entity, kept in one place so a
 * reviewer can read every judgement call at once. Word lists are written as
 * plain words and folded by `compile.ts`.
 */

/**
 * Short forms that count alone, without a title and without a full mention on
 * the page. Only `Trump`: as a capitalised word not glued to another name
 * (`Eric Trump`, `Trump Tower`) nor followed by `card`, it names Donald Trump on
 * essentially every news page of 2015–2025, and the common word `trump` is
 * written in lower case. `Lee`, `Greer`, `Knapper`, `Cường`, `Diên`, `Lâm`,
 * `Donald` are names shared by many people, so they need a title or a full
 * mention first. A distinctive form still yields when another person of that
 * name is on the page (`Eric Trump … Trump said`).
 */
export const DISTINCTIVE: Readonly<Record<string, readonly string[]>> = {
  'donald-trump': ['Trump'],
};

/**
 * Courtesy words that neither glue a surname to another name nor license it
 * (`Mr Trump`, `Ông Lee`). Other titles (`Sen. Lee`, `Dr Lee`, `Mrs Lee`) name
 * someone else, so they glue like a first name does.
 */
export const HONORIFICS: readonly string[] = ['Mr', 'Ông'];

/**
 * Abbreviated titles of other people: they glue even with their full stop
 * (`Sen. Lee` is Senator Mike Lee), where another word with a full stop ends a
 * sentence (`… in Korea. Lee said`).
 */
export const OTHER_TITLES: readonly string[] =
  'Dr Mrs Ms Sen Rep Gov Gen Prof Rev Lt Col Capt Sgt Adm'.split(' ');

const WEEKDAYS_AND_MONTHS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  // Months that are not also given names (April, May, June and August are).
  'january',
  'february',
  'march',
  'july',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Capitalised words that do not make a neighbouring surname part of another
 * name: function words that open a sentence or fill a headline (`Yesterday
 * Trump said`, `Trump Says`, `Lee To Visit`), weekdays and months, and the
 * offices a surname qualifies (`Trump Administration`).
 */
export const OPEN_WORDS: readonly string[] = [
  ...'a an the and or but nor so yet of in on at to for with by from as after before over into about amid vs'.split(
    ' ',
  ),
  ...'is was are were be has have had will would can could must should might'.split(' '),
  ...'says said tells told meets met visits visited calls called urges urged wants warns'.split(
    ' ',
  ),
  ...'yesterday today tomorrow tonight later earlier meanwhile then now when while also however since because if'.split(
    ' ',
  ),
  ...'here there this that these those why how what where both even still only though although'.split(
    ' ',
  ),
  ...'administration government presidency era camp team cabinet'.split(' '),
  // Vietnamese words that open a sentence before a name ("Theo ông Trump", "Sau khi Lee").
  ...['theo', 'khi', 'sau', 'trước', 'và', 'nhưng', 'còn', 'với', 'tại', 'hôm', 'nay', 'đó'],
  ...WEEKDAYS_AND_MONTHS,
];

/** A year written right before or after an event's name: `APEC 2027`, `2027 APEC summit`. */
export const YEAR_RE = /^(19|20)\d\d$/;

/** Words that show a page is about Việt Nam. */
const VIET_NAM_CONTEXT = ['Việt Nam', 'Vietnam', 'Vietnamese', 'Hà Nội', 'Hanoi', 'Viet', 'Việt'];

/**
 * Entities that count only on pages that also show their context: Việt Nam's
 * agreements share their names with other countries' (the US signed
 * "Agreements on Reciprocal Trade" with several countries; many countries have
 * comprehensive strategic partnerships), so on a page that never mentions
 * Việt Nam they are someone else's.
 */
export const CONTEXT: Readonly<Record<string, readonly string[]>> = {
  'comprehensive-strategic-partnership': VIET_NAM_CONTEXT,
  'vn-us-reciprocal-trade-agreement': VIET_NAM_CONTEXT,
};
