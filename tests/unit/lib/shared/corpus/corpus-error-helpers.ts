import { CorpusError } from '../../../../../lib/shared/corpus/corpus-error';

/** Run `fn`, expecting a CorpusError; return it so a test can check file, line and reason. */
export function corpusErrorFrom(fn: () => unknown): CorpusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CorpusError) return e;
    throw new Error(`expected a CorpusError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a CorpusError, but nothing was thrown');
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
