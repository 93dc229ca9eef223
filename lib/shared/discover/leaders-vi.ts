import { countryAt } from './country-at';
import { foldText } from './fold-name';
import { VIETNAMESE_SURNAMES } from './lexicon/surnames';
import { TITLES_VI, officeOf } from './lexicon/titles';
import type { LeaderHit } from './leaders-en';
import { isNameWord, nameRunFrom, phraseAt, spanText } from './name-run';
import type { Token } from './tokens';

/** Organisations written between a Vietnamese title and the name: `Bộ trưởng Bộ Công Thương …`. */
const ORG_HEADS = [
  'Bộ',
  'Ban',
  'Ủy ban',
  'Uỷ ban',
  'Văn phòng',
  'Quốc hội',
  'Chính phủ',
  'Đảng',
  'Nhà nước',
];

/** The longest Vietnamese title written from token `i` (its first letter a capital), as a token count. */
function titleAt(tokens: readonly Token[], i: number): number {
  if (!tokens[i]?.upper) return 0;
  for (const title of TITLES_VI) {
    const n = phraseAt(tokens, i, title);
    if (n > 0) return n;
  }
  return 0;
}

/** Skip an organisation name after the title, up to the first word of a Vietnamese surname. */
function skipOrganisation(tokens: readonly Token[], k: number): number {
  const head = ORG_HEADS.map((h) => phraseAt(tokens, k, h)).find((n) => n > 0 && tokens[k]?.upper);
  if (!head) return k;
  let p = k + head;
  while (isNameWord(tokens[p]) && !VIETNAMESE_SURNAMES.has(foldText((tokens[p] as Token).text)))
    p++;
  return p;
}

/**
 * Leaders named after a Vietnamese title: `Chủ tịch nước Lương Cường`,
 * `Tổng thống Hàn Quốc Lee Jae-myung` (the country is read, not taken as a
 * name), `Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên` (the ministry is skipped),
 * `Tổng thống Trump` (a one-word name, resolved later).
 */
export function leadersAfterVietnameseTitles(
  sentence: string,
  tokens: readonly Token[],
): LeaderHit[] {
  const hits: LeaderHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = titleAt(tokens, i);
    if (n === 0) continue;
    let k = skipOrganisation(tokens, i + n);
    const c = countryAt(tokens, k);
    if (c && !c.adjective) k = c.end;
    const titleEnd = k;
    const end = nameRunFrom(tokens, k, 4);
    if (end > k && titleAt(tokens, k) === 0) {
      hits.push({
        name: spanText(sentence, tokens, k, end),
        title: spanText(sentence, tokens, i, titleEnd),
        office: officeOf(spanText(sentence, tokens, i, i + n)),
        country: c?.code,
        at: k,
      });
    }
    i = Math.max(i, end - 1, i + n - 1);
  }
  return hits;
}
