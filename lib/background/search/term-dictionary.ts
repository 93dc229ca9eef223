import Fuse from 'fuse.js';

/** Documents holding one term, with the weight of the best field it appears in. */
export interface Postings {
  docs: Int32Array;
  weights: Uint8Array;
}

/** A term that stands for a query word, and how well (1 exact, less for prefixes and typos). */
export interface TermMatch {
  term: string;
  quality: number;
}

const PREFIX_QUALITY = 0.75;
const FUZZY_QUALITY = 0.6;
/** How many completions of a short prefix are looked at: enough for a popup, bounded per keystroke. */
const MAX_PREFIX_TERMS = 300;
const MAX_FUZZY_TERMS = 8;
const FUZZY_MIN_LENGTH = 4;

/**
 * Every distinct folded word of a corpus with its postings. Exact and prefix
 * look-ups are a binary search in the sorted vocabulary; typo-tolerant look-ups
 * run fuse.js over the (much smaller) vocabulary that shares the word's first
 * letter, never over whole documents: that is what keeps a keystroke cheap.
 */
export class TermDictionary {
  private readonly sorted: string[];
  private readonly fuzzyByInitial = new Map<string, Fuse<string>>();

  constructor(private readonly postings: ReadonlyMap<string, Postings>) {
    this.sorted = [...postings.keys()].sort();
  }

  get(term: string): Postings | undefined {
    return this.postings.get(term);
  }

  /** Terms that can stand for the query word `word`: itself and its completions, or else near spellings. */
  lookup(word: string): TermMatch[] {
    const out: TermMatch[] = [];
    if (this.postings.has(word)) out.push({ term: word, quality: 1 });
    for (const term of this.completions(word)) out.push({ term, quality: PREFIX_QUALITY });
    // Near spellings only stand in for a word the corpus does not hold at all:
    // otherwise "luong" (a real word here) would also find "long".
    if (out.length === 0 && word.length >= FUZZY_MIN_LENGTH) {
      const known = new Set(out.map((m) => m.term));
      for (const r of this.fuzzy(word[0] as string).search(word, { limit: MAX_FUZZY_TERMS })) {
        if (!known.has(r.item))
          out.push({ term: r.item, quality: FUZZY_QUALITY * (1 - (r.score ?? 1)) });
      }
    }
    return out;
  }

  private completions(prefix: string): string[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as string) <= prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sorted.length && out.length < MAX_PREFIX_TERMS; i++) {
      const term = this.sorted[i] as string;
      if (!term.startsWith(prefix)) break;
      out.push(term);
    }
    return out;
  }

  private fuzzy(initial: string): Fuse<string> {
    let fuse = this.fuzzyByInitial.get(initial);
    if (!fuse) {
      const terms = this.sorted.filter(
        (t) => t.startsWith(initial) && t.length >= FUZZY_MIN_LENGTH - 1,
      );
      fuse = new Fuse(terms, {
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.3,
        minMatchCharLength: 3,
      });
      this.fuzzyByInitial.set(initial, fuse);
    }
    return fuse;
  }
}

/** Postings of one term while documents are added (in increasing order). */
interface Growing {
  docs: number[];
  weights: number[];
}

/**
 * Collects postings while documents are added, then freezes them into a {@link TermDictionary}.
 * Documents must be added in increasing order (all fields of one document before the next), so a
 * term's postings only ever grow at the end: one map look-up per word, no per-term maps.
 */
export class TermDictionaryBuilder {
  private readonly building = new Map<string, Growing>();

  /** Record that document `doc` holds `words` in a field of weight `weight` (1–255). */
  add(doc: number, words: readonly string[], weight: number): void {
    for (const w of words) {
      let p = this.building.get(w);
      if (!p) this.building.set(w, (p = { docs: [], weights: [] }));
      const last = p.docs.length - 1;
      if (last >= 0 && p.docs[last] === doc) {
        if ((p.weights[last] as number) < weight) p.weights[last] = weight;
      } else {
        p.docs.push(doc);
        p.weights.push(weight);
      }
    }
  }

  build(): TermDictionary {
    const postings = new Map<string, Postings>();
    for (const [term, p] of this.building) {
      postings.set(term, { docs: Int32Array.from(p.docs), weights: Uint8Array.from(p.weights) });
    }
    return new TermDictionary(postings);
  }
}
