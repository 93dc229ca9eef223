/**
 * Keys that make two spellings of one name equal: accents, case, hyphens,
 * spacing and middle initials do not count (`Lee Jae-myung` = `Lee Jaemyung`,
 * `Marc E. Knapper` = `Marc Knapper`, `Nguyễn Hồng Diên` = `Nguyen Hong Dien`).
 */

const MARKS = /\p{M}/gu;

/** Lower case without diacritics (`Đ` → `d`), NFC otherwise. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/’/g, "'")
    .normalize('NFC');
}

/** Whether a text has Vietnamese diacritics or letters (or any other accent). */
export function hasDiacritics(text: string): boolean {
  return foldText(text) !== text.toLowerCase().replace(/’/g, "'");
}

/** The words of a name, without initials (`E.`) and suffixes (`Jr.`). */
export function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => w !== '' && !/^\p{L}\.?$/u.test(w) && !/^(?:jr|sr|ii|iii)\.?$/i.test(w));
}

/** A person's key: folded words without initials, with hyphens and spaces removed. */
export function personKey(name: string): string {
  return foldText(nameWords(name).join('')).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A phrase's key (agreements, events): folded, punctuation and spacing reduced to single spaces. */
export function phraseKey(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
