import { describe, expect, it } from 'vitest';
import {
  isByline,
  splitSignature,
  takeCredits,
} from '../../../../../lib/shared/corpus/article-signature';

describe('splitSignature', () => {
  it.each([
    ['… positive outcomes. — VNS', 'VNS', '… positive outcomes.'],
    [
      '… the Saemaul Undong (New Village) Movement. — VNA/VNS',
      'VNA/VNS',
      '… the Saemaul Undong (New Village) Movement.',
    ],
    [
      '… stability, peace, cooperation and development. VNS',
      'VNS',
      '… stability, peace, cooperation and development.',
    ],
    ['VNA', 'VNA', ''],
    ['Text.—VNS  ', 'VNS', 'Text.'],
  ])('takes the agency signature off %j', (line, source, rest) => {
    expect(splitSignature(line)).toEqual({ source, rest });
  });

  it.each([
    '… including APEC and ASEAN',
    'Hanoi on May 7 (Photo: VNA)',
    'It was agreed. vns',
    'We met the USA team',
  ])('leaves %j alone', (line) => {
    expect(splitSignature(line)).toEqual({ source: null, rest: line });
  });
});

describe('isByline', () => {
  it.each(['Như Tâm', 'Marc E. Knapper', 'Nguyễn Văn An'])('takes %j for a name', (line) =>
    expect(isByline(line)).toBe(true),
  );
  it.each(['Two.', 'VNS', 'the end', 'A very Long line that is not a name at all', 'B.', ''])(
    'does not take %j for a name',
    (line) => expect(isByline(line)).toBe(false),
  );
});

describe('takeCredits', () => {
  it('takes a by-line that stands alone after the last paragraph', () => {
    expect(takeCredits(['Text here.', '', 'Như Tâm', ''])).toEqual({
      source: null,
      author: 'Như Tâm',
      lines: ['Text here.'],
    });
  });

  it('takes a signature and a by-line in either order', () => {
    expect(takeCredits(['Text.', '', 'Như Tâm — VNA'])).toMatchObject({
      source: 'VNA',
      author: 'Như Tâm',
      lines: ['Text.'],
    });
    expect(takeCredits(['Text.', 'Như Tâm', '', 'VNS'])).toMatchObject({
      source: 'VNS',
      author: 'Như Tâm',
      lines: ['Text.'],
    });
  });

  it('does not take the wrapped end of a sentence or the only line for a by-line', () => {
    expect(
      takeCredits(['He praised the Comprehensive', 'Strategic Partnership']).author,
    ).toBeNull();
    expect(takeCredits(['Như Tâm']).author).toBeNull();
    expect(takeCredits(['VNS']).source).toBeNull();
  });
});
