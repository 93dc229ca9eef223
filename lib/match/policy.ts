/**
 * Matching policy that is not a fact about one entity, kept in one place so a
 * reviewer can read every judgement call at once.
 */

/**
 * Short forms that count alone, without a title and without a full mention on
 * the page. Only `Trump`: as a capitalised word not glued to another name
 * (`Eric Trump`, `Trump Tower`) nor followed by `card`, it names Donald Trump on
 * essentially every news page of 2015–2025, and the common word `trump` is
 * written in lower case. `Lee`, `Greer`, `Knapper`, `Cường`, `Diên`, `Lâm` are
 * surnames or given names shared by many people, so they need a title or a full
 * mention first.
 */
export const DISTINCTIVE: Readonly<Record<string, readonly string[]>> = {
  'donald-trump': ['Trump'],
};

/** Courtesy words: a surname after them is not glued to another name, but not licensed either. */
export const HONORIFICS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sen',
  'Rep',
  'Gov',
  'Ông',
  'Bà',
];

/**
 * Capitalised words that do not make a neighbouring surname part of another
 * name: function words and reporting verbs of headline case (`Trump Says`,
 * `Lee To Visit`), and the offices a surname qualifies (`Trump Administration`).
 */
export const OPEN_WORDS: readonly string[] = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'after',
  'before',
  'over',
  'into',
  'about',
  'amid',
  'vs',
  'is',
  'was',
  'are',
  'were',
  'be',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'says',
  'said',
  'tells',
  'told',
  'meets',
  'met',
  'visits',
  'visited',
  'calls',
  'called',
  'urges',
  'urged',
  'wants',
  'warns',
  'administration',
  'government',
  'presidency',
  'era',
  'camp',
  'team',
  'cabinet',
];

/** A year written right before or after an event's name: `APEC 2027`, `2027 APEC summit`. */
export const YEAR_RE = /^(19|20)\d\d$/;
