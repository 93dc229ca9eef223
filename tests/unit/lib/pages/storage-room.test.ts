import { describe, expect, it } from 'vitest';
import { bytesNeeded, roomProblem } from '../../../../lib/pages/storage-room';

describe('roomProblem', () => {
  it('lets an import through when the estimate leaves room', () => {
    expect(roomProblem({ quota: 100e6, usage: 10e6 }, bytesNeeded(1e6))).toBeNull();
  });

  it('refuses, in words, an import larger than the free space', () => {
    expect(roomProblem({ quota: 50e6, usage: 48e6 }, bytesNeeded(1e6))).toBe(
      'Not enough storage space for this import: it needs about 7 MB and 2 MB is free. Nothing was imported.',
    );
  });

  it('does not block when the browser gives no quota (the write still rolls back on a full disk)', () => {
    expect(roomProblem({}, 1e12)).toBeNull();
  });
});
