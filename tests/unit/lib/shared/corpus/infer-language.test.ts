import { describe, expect, it } from 'vitest';
import { inferLanguage } from '../../../../../lib/shared/corpus/infer-language';

describe('inferLanguage', () => {
  it('keeps English with Vietnamese names English', () => {
    expect(
      inferLanguage('President Lương Cường met the leaders of Việt Nam and the US in Hà Nội.'),
    ).toBe('en');
  });

  it('recognises Vietnamese by its function words', () => {
    expect(
      inferLanguage(
        'Chủ tịch nước Lương Cường gặp Tổng thống Mỹ Donald Trump tại Hàn Quốc và đề nghị các bên hợp tác.',
      ),
    ).toBe('vi');
  });

  it('falls back on Vietnamese letters when there are no function words', () => {
    expect(inferLanguage('Hiệp định thương mại đối ứng')).toBe('vi');
    expect(inferLanguage('Reciprocal Trade Agreement')).toBe('en');
    expect(inferLanguage('')).toBe('en');
  });
});
