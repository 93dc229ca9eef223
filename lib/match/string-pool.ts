/**
 * Many short strings kept as one joined string and a table of offsets: one
 * string and one typed array clone into IndexedDB and out of it in a few
 * milliseconds, where 100,000 separate strings in an object graph would not.
 */

/** String `i` is `text.slice(starts[i], starts[i + 1])`. */
export interface StringPool {
  text: string;
  starts: Uint32Array;
}

/** Collects strings once each and hands out their indices. */
export class StringPoolBuilder {
  readonly #parts: string[] = [];
  readonly #starts: number[] = [0];
  readonly #index = new Map<string, number>();
  #length = 0;

  /** The index of `s`, added if it is new. */
  add(s: string): number {
    let i = this.#index.get(s);
    if (i === undefined) {
      i = this.#parts.push(s) - 1;
      this.#length += s.length;
      this.#starts.push(this.#length);
      this.#index.set(s, i);
    }
    return i;
  }

  build(): StringPool {
    return { text: this.#parts.join(''), starts: Uint32Array.from(this.#starts) };
  }
}

/** Reads strings out of a pool, each sliced once and then kept. */
export class StringPoolReader {
  readonly #pool: StringPool;
  readonly #cache: Array<string | undefined>;

  constructor(pool: StringPool) {
    this.#pool = pool;
    this.#cache = new Array<string | undefined>(Math.max(0, pool.starts.length - 1));
  }

  get(i: number): string {
    let s = this.#cache[i];
    if (s === undefined) {
      const { text, starts } = this.#pool;
      s = text.slice(starts[i], starts[i + 1]);
      this.#cache[i] = s;
    }
    return s;
  }

  /** The length of string `i`, without making it. */
  lengthOf(i: number): number {
    const { starts } = this.#pool;
    return (starts[i + 1] as number) - (starts[i] as number);
  }
}
