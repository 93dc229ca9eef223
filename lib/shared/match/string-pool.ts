/**
 * Many short strings kept as one array of UTF-8 bytes and a table of
 * offsets: two typed arrays clone into IndexedDB and out of it in a few
 * milliseconds, where 100,000 separate strings in an object graph would not,
 * and a string is made only when it is read.
 */

/** String `i` is the UTF-8 bytes `bytes[starts[i] .. starts[i + 1])`. */
export interface StringPool {
  bytes: Uint8Array;
  starts: Uint32Array;
}

/** Collects strings once each and hands out their indices. */
export class StringPoolBuilder {
  readonly #parts: string[] = [];
  readonly #index = new Map<string, number>();

  /** The index of `s`, added if it is new. */
  add(s: string): number {
    let i = this.#index.get(s);
    if (i === undefined) {
      i = this.#parts.push(s) - 1;
      this.#index.set(s, i);
    }
    return i;
  }

  build(): StringPool {
    const encoder = new TextEncoder();
    const encoded = this.#parts.map((p) => encoder.encode(p));
    const starts = new Uint32Array(encoded.length + 1);
    encoded.forEach((e, i) => (starts[i + 1] = (starts[i] as number) + e.length));
    const bytes = new Uint8Array(starts[encoded.length] as number);
    encoded.forEach((e, i) => bytes.set(e, starts[i] as number));
    return { bytes, starts };
  }
}

const decoder = new TextDecoder();

/** Reads strings out of a pool, each decoded once and then kept. */
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
      const { bytes, starts } = this.#pool;
      s = decoder.decode(bytes.subarray(starts[i], starts[i + 1]));
      this.#cache[i] = s;
    }
    return s;
  }
}
