import { countryAt } from './country-at';
import { HEADS_EN, PORTFOLIO_WORDS, TITLE_WORDS_EN, officeOf } from './lexicon/titles';
import { isNameWord, nameRunFrom, spanText } from './name-run';
import type { Token } from './tokens';

/** A leader named in one sentence: the name's tokens and what the title says. */
export interface LeaderHit {
  name: string;
  title: string;
  office: string | undefined;
  country: string | undefined;
  /** Token index of the name's first word, for overlap checks. */
  at: number;
}

/** Options for reading a sentence. */
export interface ReadOptions {
  /** Words that end a name (headline verbs in a title-case line). */
  stop?: (t: Token) => boolean;
}

const isTitleWord = (t: Token | undefined): boolean =>
  !!t && t.word && t.upper && TITLE_WORDS_EN.has(t.text.toLowerCase());

/** The end of a run of title words from `i` holding a head, plus an `of …` portfolio; or -1. */
function titleEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  let head = false;
  while (isTitleWord(tokens[k]))
    head = HEADS_EN.has((tokens[k++] as Token).text.toLowerCase()) || head;
  if (!head) return -1;
  if (tokens[k]?.text !== 'of') return k;
  let p = k + 1;
  while (tokens[p]) {
    const c = countryAt(tokens, p);
    if (c) p = c.end;
    else if (PORTFOLIO_WORDS.has((tokens[p] as Token).text.toLowerCase()) && tokens[p]?.word) p++;
    else break;
  }
  return p > k + 1 ? p : k;
}

/**
 * Leaders named after an English title: `US President Donald Trump`,
 * `Vietnamese Minister of Industry and Trade Nguyen Hong Dien`, `RoK President
 * Lee Jae Myung`, `Minister Dien` (a one-word name, resolved later).
 * Plural titles (`Prime Ministers of …`) and titles without a name are skipped.
 */
export function leadersAfterTitles(
  sentence: string,
  tokens: readonly Token[],
  opts: ReadOptions = {},
): LeaderHit[] {
  const hits: LeaderHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = countryAt(tokens, i);
    const from = c && isTitleWord(tokens[c.end]) ? c.end : i;
    if (!isTitleWord(tokens[from])) continue;
    const end = titleEnd(tokens, from);
    if (end < 0) continue;
    const nameEnd = nameRunFrom(tokens, end, 4, opts.stop);
    if (nameEnd > end && !isTitleWord(tokens[end])) {
      const title = spanText(sentence, tokens, i, end);
      hits.push({
        name: spanText(sentence, tokens, end, nameEnd),
        title,
        office: officeOf(spanText(sentence, tokens, from, end)),
        country: c && from === c.end ? c.code : undefined,
        at: end,
      });
    }
    i = Math.max(i, nameEnd - 1);
  }
  return hits;
}

/**
 * Leaders introduced by an apposition with a lower-case title: `Nguyen Phu
 * Trong, general secretary of the Communist Party of Vietnam`, `Jamieson
 * Greer, the US Trade Representative`. The name needs two words at least.
 */
export function leadersInApposition(sentence: string, tokens: readonly Token[]): LeaderHit[] {
  const hits: LeaderHit[] = [];
  tokens.forEach((t, comma) => {
    if (t.text !== ',') return;
    let start = comma;
    while (start > 0 && isNameWord(tokens[start - 1]) && comma - start < 4) start--;
    if (comma - start < 2 || nameRunFrom(tokens, start) !== comma) return;
    let k = comma + 1;
    if (tokens[k]?.text.toLowerCase() === 'the') k++;
    const c = countryAt(tokens, k);
    const titleFrom = c ? c.end : k;
    let e = titleFrom;
    let head = false;
    while (tokens[e] && TITLE_WORDS_EN.has((tokens[e] as Token).text.toLowerCase()))
      head = HEADS_EN.has((tokens[e++] as Token).text.toLowerCase()) || head;
    if (!head) return;
    hits.push({
      name: spanText(sentence, tokens, start, comma),
      title: spanText(sentence, tokens, k, e),
      office: officeOf(spanText(sentence, tokens, titleFrom, e)),
      country: c?.code,
      at: start,
    });
  });
  return hits;
}
