import type { Language } from './types';

/**
 * Common Vietnamese and English function words. Counting these, rather than
 * diacritics, keeps an English article full of Vietnamese names
 * (`President Lương Cường … Việt Nam`) English.
 */
const VI_WORDS = new Set(
  'và của là các những được trong với cho không này có đã tại theo một người để về khi cũng đến từ sẽ đang hai bên nhằm'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the and of to in a an is are was that for with on as by at its his her has have from this'.split(
    ' ',
  ),
);

/** Letters that exist in Vietnamese spelling and not in English. */
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

/**
 * The language an article is written in, inferred from its words: more
 * Vietnamese than English function words means Vietnamese. With neither
 * (a very short text), words spelt with Vietnamese letters decide.
 */
export function inferLanguage(text: string): Language {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}]+/gu) ?? [];
  let vi = 0;
  let en = 0;
  let viSpelt = 0;
  for (const word of words) {
    if (VI_WORDS.has(word)) vi++;
    else if (EN_WORDS.has(word)) en++;
    if (VI_LETTERS.test(word)) viSpelt++;
  }
  if (vi !== en) return vi > en ? 'vi' : 'en';
  return words.length > 0 && viSpelt * 2 > words.length ? 'vi' : 'en';
}
