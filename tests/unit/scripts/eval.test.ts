import { describe, expect, it } from 'vitest';
import {
  canonicalIds,
  scoreText,
  type LabelledText,
  type Miss,
  type Tally,
} from '../../../scripts/eval';
import { loadEntities, loadMatcher } from '../../../scripts/scan';

const idOf = canonicalIds(loadEntities());

describe('eval', () => {
  it('maps the labels’ canonical names to gazetteer ids, folded, or through a unique alias', () => {
    expect(idOf('Viet Nam–US Reciprocal Trade Agreement')).toBe('vn-us-reciprocal-trade-agreement');
    expect(idOf('APEC 2025')).toBe('apec-2025');
    expect(idOf('Marc E. Knapper')).toBe('marc-knapper');
    expect(() => idOf('Nobody Known')).toThrow(/Nobody Known/);
  });

  it('scores overlaps: same entity is a true positive, a trap or nothing is a false positive', () => {
    const text = 'Donald Trump held a trump card. Lee spoke.';
    const t: LabelledText = {
      id: 't1',
      language: 'en',
      text,
      mentions: [
        { surface: 'Donald Trump', entity: 'Donald Trump', start: 0 },
        { surface: 'trump card', entity: null, start: 20, trap_for: 'Donald Trump' },
        { surface: 'Lee', entity: 'Lee Jae-myung', start: 32 },
      ],
    };
    const found = loadMatcher().findMentions(text);
    found.push({
      entityId: 'donald-trump',
      start: 20,
      end: 25,
      surface: 'trump',
      alias: 'Trump',
      rule: 'distinctive',
    });
    const tallies = new Map<string, Tally>();
    const misses: Miss[] = [];
    scoreText(t, found, idOf, tallies, misses);
    expect(tallies.get('donald-trump')).toMatchObject({ tp: 1, fp: 1, positives: 1, found: 1 });
    expect(tallies.get('lee-jae-myung')).toMatchObject({
      tp: 0,
      positives: 1,
      found: 0,
      nonGeneric: 1,
    });
    expect(misses.map((m) => `${m.kind}:${m.surface}`)).toEqual(['FP:trump', 'FN:Lee']);
  });
});
