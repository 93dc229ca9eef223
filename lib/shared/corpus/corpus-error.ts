/**
 * A problem with one input file of the corpus build. The message is the
 * compiler-style `file:line: reason`, so editors and terminals can jump to it.
 */
export class CorpusError extends Error {
  /** The file as the build named it (usually a path relative to the project). */
  readonly file: string;
  /** 1-based line in that file where the problem sits. */
  readonly line: number;
  /** What is wrong, in words a seed author can act on. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CorpusError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Several input problems at once, so one build run reports every bad file. */
export class CorpusErrors extends Error {
  readonly errors: readonly CorpusError[];

  constructor(errors: readonly CorpusError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'CorpusErrors';
    this.errors = errors;
  }
}

/** Throw nothing, the one error, or all of them together. */
export function throwIfAny(errors: readonly CorpusError[]): void {
  const [first] = errors;
  if (errors.length === 1 && first) throw first;
  if (errors.length > 1) throw new CorpusErrors(errors);
}

/** The CorpusErrors inside a thrown value, or null when it is some other failure (a bug). */
export function corpusErrorsOf(thrown: unknown): CorpusError[] | null {
  if (thrown instanceof CorpusError) return [thrown];
  if (thrown instanceof CorpusErrors) return [...thrown.errors];
  return null;
}
