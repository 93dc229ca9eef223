import { describe, expect, it } from 'vitest';
import { conventionOf, shortFormsOf, spellingsOf } from '../../../../../lib/shared/discover/naming';

describe('naming', () => {
  it('calls a Vietnamese leader by the given name, with and without diacritics', () => {
    expect(conventionOf('Lương Cường')).toBe('vietnamese');
    expect(shortFormsOf('Lương Cường')).toEqual(['Cường', 'Cuong']);
    expect(shortFormsOf('Nguyen Hong Dien')).toEqual(['Dien']);
  });

  it('calls a Korean leader by the surname and spells the given name three ways', () => {
    expect(shortFormsOf('Lee Jae Myung')).toEqual(['Lee']);
    expect(spellingsOf('Lee Jaemyung')).toEqual(['Lee Jaemyung', 'Lee Jae-myung', 'Lee Jae Myung']);
  });

  it('calls a Western leader by the last name, and the first name only as a further short form', () => {
    expect(conventionOf('Marc E. Knapper')).toBe('western');
    expect(shortFormsOf('Marc E. Knapper')).toEqual(['Knapper', 'Marc']);
    expect(spellingsOf('Marc E. Knapper')).toContain('Marc Knapper');
  });

  it('reads a Sino-Vietnamese name surname first', () => {
    expect(shortFormsOf('Tập Cận Bình')).toEqual(['Tập', 'Tap']);
  });
});
