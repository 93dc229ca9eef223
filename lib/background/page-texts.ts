/**
 * The pieces of text a page sent for its sift, kept for the moment until the
 * same page asks for its marked paragraphs to be matched: the text crosses
 * from the page once. Kept per tab, frame and token, for a short time, and
 * within a bound on characters: a page that never asks again costs nothing.
 */

/** How long a page's pieces are kept for its match. */
export const PAGE_TEXT_TTL_MS = 60_000;
/** Characters kept in all (the oldest go first past it). */
export const PAGE_TEXT_MAX_CHARS = 32_000_000;

interface Kept {
  texts: string[];
  chars: number;
  at: number;
}

export class PageTexts {
  readonly #kept = new Map<string, Kept>();
  #chars = 0;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  put(key: string, texts: string[]): void {
    this.take(key);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    this.#kept.set(key, { texts, chars, at: this.#now() });
    this.#chars += chars;
    this.#trim();
  }

  /** The pieces kept under `key`, forgotten as they are given. */
  take(key: string): string[] | undefined {
    const kept = this.#kept.get(key);
    if (!kept) return undefined;
    this.#kept.delete(key);
    this.#chars -= kept.chars;
    return this.#now() - kept.at <= PAGE_TEXT_TTL_MS ? kept.texts : undefined;
  }

  #trim(): void {
    const now = this.#now();
    for (const [key, kept] of this.#kept) {
      if (this.#chars <= PAGE_TEXT_MAX_CHARS && now - kept.at <= PAGE_TEXT_TTL_MS) break;
      this.#kept.delete(key);
      this.#chars -= kept.chars;
    }
  }
}
