import { describe, expect, it } from 'vitest';
import { CorpusError, CorpusErrors } from '../../../../../lib/shared/corpus/corpus-error';

describe('CorpusError', () => {
  it('carries file, line and reason and reads as file:line: reason', () => {
    const e = new CorpusError('seeds/a.txt', 7, 'something is wrong');
    expect(e).toBeInstanceOf(Error);
    expect([e.file, e.line, e.reason]).toEqual(['seeds/a.txt', 7, 'something is wrong']);
    expect(e.message).toBe('seeds/a.txt:7: something is wrong');
  });

  it('joins several errors into one message, one per line', () => {
    const all = new CorpusErrors([new CorpusError('a', 1, 'x'), new CorpusError('b', 2, 'y')]);
    expect(all.errors).toHaveLength(2);
    expect(all.message).toBe('a:1: x\nb:2: y');
  });
});
