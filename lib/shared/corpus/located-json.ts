import { CorpusError } from './corpus-error';

/** A JSON value as `JSON.parse` would return it. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Parsed JSON that still knows on which line each object, array and member sat. */
export interface LocatedJson {
  value: JsonValue;
  /**
   * 1-based line of a parsed object or array (`key` omitted), or of one of its
   * members (a property name or an array index). Unknown containers give 1.
   */
  lineOf(container: object, key?: string | number): number;
}

interface Lines {
  start: number;
  members: Map<string, number>;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: ReadonlyArray<[string, JsonValue]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/**
 * Parse JSON text, keeping line numbers: `JSON.parse` reports errors by
 * position (and differently per engine) and forgets where values were, but a
 * seed author needs `file:line` for every mistake, syntax or content.
 * Duplicate keys are an error (JSON.parse silently keeps the last one).
 */
export function parseLocatedJson(file: string, text: string): LocatedJson {
  const where = new WeakMap<object, Lines>();
  const p = new JsonParser(file, text, where);
  p.skipSpace();
  const value = p.value();
  p.skipSpace();
  if (p.pos < text.length) p.fail(`unexpected ${p.describe()} after the JSON value`);
  return {
    value,
    lineOf(container, key) {
      const lines = where.get(container);
      if (!lines) return 1;
      return key === undefined ? lines.start : (lines.members.get(String(key)) ?? lines.start);
    },
  };
}

class JsonParser {
  pos = 0;
  line = 1;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly where: WeakMap<object, Lines>,
  ) {}

  fail(reason: string): never {
    throw new CorpusError(this.file, this.line, `invalid JSON: ${reason}`);
  }

  describe(): string {
    const ch = this.text[this.pos];
    return ch === undefined ? 'end of file' : `character ${JSON.stringify(ch)}`;
  }

  skipSpace(): void {
    for (
      let ch = this.text[this.pos];
      ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
      ch = this.text[++this.pos]
    ) {
      if (ch === '\n') this.line++;
    }
  }

  value(): JsonValue {
    const ch = this.text[this.pos];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(`expected a value, found ${this.describe()}`);
  }

  object(): { [key: string]: JsonValue } {
    const obj: { [key: string]: JsonValue } = {};
    const lines: Lines = { start: this.line, members: new Map() };
    this.where.set(obj, lines);
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') return this.close(obj);
    for (;;) {
      if (this.text[this.pos] !== '"')
        this.fail(`expected a property name in double quotes, found ${this.describe()}`);
      const keyLine = this.line;
      const key = this.string();
      if (lines.members.has(key)) this.fail(`duplicate key ${JSON.stringify(key)}`);
      this.skipSpace();
      this.expect(':');
      this.skipSpace();
      lines.members.set(key, keyLine);
      // defineProperty, not assignment: a "__proto__" key must stay plain data.
      Object.defineProperty(obj, key, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      if (this.separator('}')) return this.close(obj);
    }
  }

  array(): JsonValue[] {
    const arr: JsonValue[] = [];
    const lines: Lines = { start: this.line, members: new Map() };
    this.where.set(arr, lines);
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') return this.close(arr);
    for (;;) {
      lines.members.set(String(arr.length), this.line);
      arr.push(this.value());
      if (this.separator(']')) return this.close(arr);
    }
  }

  /** After a member: true at the closing bracket, false after a comma. */
  separator(closing: string): boolean {
    this.skipSpace();
    if (this.text[this.pos] === closing) return true;
    this.expect(',');
    this.skipSpace();
    return false;
  }

  close<T>(value: T): T {
    this.pos++;
    return value;
  }

  expect(ch: string): void {
    if (this.text[this.pos] !== ch)
      this.fail(`expected ${JSON.stringify(ch)}, found ${this.describe()}`);
    this.pos++;
  }

  string(): string {
    const start = this.pos;
    for (let i = start + 1; i < this.text.length; i++) {
      const ch = this.text.charCodeAt(i);
      if (ch === 0x22) return this.decodeString(start, i + 1);
      if (ch === 0x5c) i++;
      else if (ch < 0x20)
        this.fail(ch === 0x0a ? 'line break inside a string' : 'control character inside a string');
    }
    return this.fail('unterminated string');
  }

  decodeString(start: number, end: number): string {
    this.pos = end;
    try {
      // The slice is a complete string literal; JSON.parse checks its escapes.
      return JSON.parse(this.text.slice(start, end)) as string;
    } catch {
      return this.fail('bad escape sequence in a string');
    }
  }

  number(): number {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) return this.fail(`expected a number, found ${this.describe()}`);
    this.pos += m[0].length;
    return Number(m[0]);
  }
}
