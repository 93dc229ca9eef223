import type { SearchHit } from '../../shared/views';
import type { SearchDocument } from './search-documents';
import { snippetAround } from './snippet';
import type { TermDictionary } from './term-dictionary';
import { TermDictionaryBuilder } from './term-dictionary';
import { foldedWords } from './tokens';

/** Field weights: a word in the title or an entity name counts three times one in the text. */
const TITLE = 3;
const NAMES = 3;
const TEXT = 1;
const MAX_WEIGHT = 3;

/** A search over one corpus, built once per corpus version. */
export interface SearchIndex {
  readonly size: number;
  /** Hits for `query`, best first (newest first among equals). Every query word must match. */
  search(query: string, limit: number): SearchHit[];
}

/** Per document, the best (quality × field weight) of any term standing for one query word, and that term. */
interface WordScores {
  score: Float32Array;
  term: Int32Array;
  terms: string[];
}

function scoresForWord(dict: TermDictionary, word: string, size: number): WordScores {
  const out: WordScores = { score: new Float32Array(size), term: new Int32Array(size), terms: [] };
  for (const { term, quality } of dict.lookup(word)) {
    const p = dict.get(term);
    if (!p) continue;
    const t = out.terms.push(term) - 1;
    for (let i = 0; i < p.docs.length; i++) {
      const doc = p.docs[i] as number;
      const score = quality * (p.weights[i] as number);
      if (out.score[doc]! < score) {
        out.score[doc] = score;
        out.term[doc] = t;
      }
    }
  }
  return out;
}

/** Whether hit `a` ranks before hit `b`: higher score, then newer (undated last). */
type Before = (a: [number, number], b: [number, number]) => boolean;

/** The `limit` best documents that match every word, best first, as [doc, summed score]. */
function bestMatches(
  perWord: WordScores[],
  size: number,
  limit: number,
  before: Before,
): [number, number][] {
  const top: [number, number][] = [];
  for (let doc = 0; doc < size; doc++) {
    let sum = 0;
    for (const w of perWord) {
      const s = w.score[doc] as number;
      if (s === 0) {
        sum = 0;
        break;
      }
      sum += s;
    }
    if (sum === 0) continue;
    const hit: [number, number] = [doc, sum];
    if (top.length === limit && !before(hit, top[limit - 1] as [number, number])) continue;
    let i = top.length;
    while (i > 0 && before(hit, top[i - 1] as [number, number])) i--;
    top.splice(i, 0, hit);
    if (top.length > limit) top.pop();
  }
  return top;
}

function newer(a: SearchDocument | undefined, b: SearchDocument | undefined): boolean {
  return (a?.summary.date ?? '') > (b?.summary.date ?? '');
}

/**
 * An accent-insensitive, typo-tolerant index over title, the names and aliases
 * of the entities each article mentions, and text. Documents and queries are
 * folded the same way (`foldKey`), so "luong cuong" finds "Lương Cường".
 */
export function buildSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
  const builder = new TermDictionaryBuilder();
  docs.forEach((d, i) => {
    builder.add(i, foldedWords(d.text), TEXT);
    builder.add(i, foldedWords(d.names.join(' ')), NAMES);
    builder.add(i, foldedWords(d.title), TITLE);
  });
  const dict = builder.build();
  return {
    size: docs.length,
    search(query, limit) {
      const words = [...new Set(foldedWords(query))];
      if (words.length === 0 || limit <= 0) return [];
      const perWord = words.map((w) => scoresForWord(dict, w, docs.length));
      const before: Before = ([da, a], [db, b]) => a > b || (a === b && newer(docs[da], docs[db]));
      return bestMatches(perWord, docs.length, limit, before).map(([doc, sum]) => {
        const d = docs[doc] as SearchDocument;
        const snippet = snippetAround(
          d.text,
          perWord.map((w) => w.terms[w.term[doc] as number] as string),
        );
        const score = Math.min(1, sum / (words.length * MAX_WEIGHT));
        return {
          ...d.summary,
          snippet: snippet.text,
          highlight: snippet.highlight ?? undefined,
          score,
        };
      });
    },
  };
}
