import { describe, expect, it } from 'vitest';
import { pageSurface, pieceOffset, runText } from '../../../../lib/background/page-runs';
import { LINE_BREAK_PART } from '../../../../lib/shared/messages/page-wire';

const pieces = ['President Lương ', 'Cường said.', 'Lee'];

describe('page runs', () => {
  it('cuts a run out of the pieces, a <br> as a line break, and maps offsets back', () => {
    const run = runText(pieces, [0, 0, 16, 1, 0, 5, LINE_BREAK_PART, 0, 0, 2, 0, 3]);
    if (!run) throw new Error('no run');
    expect(run.text).toBe('President Lương Cường\nLee');
    expect(pieceOffset(run, 10)).toEqual([0, 10]);
    expect(pieceOffset(run, 21, true)).toEqual([1, 5]);
    expect(pieceOffset(run, 22)).toEqual([2, 0]);
    expect(pageSurface(pieces, run, 10, 25)).toBe('Lương CườngLee');
  });

  it('refuses parts that do not fit the pieces', () => {
    expect(runText(pieces, [0, 0, 99])).toBeNull();
    expect(runText(pieces, [5, 0, 1])).toBeNull();
    expect(runText(pieces, [0, 3, 3])).toBeNull();
    expect(runText(pieces, [0, 0])).toBeNull();
  });
});
