import { describe, expect, it } from 'vitest';
import { discoverArticle } from '../../../../../lib/shared/discover/discover-article';
import type { ArticleText } from '../../../../../lib/shared/discover/types';

const article = (language: 'en' | 'vi', ...paragraphs: string[]): ArticleText => ({
  id: 'a1',
  language,
  date: '2025-10-29',
  title: '',
  paragraphs,
});

const names = (a: ArticleText, kind: string): string[] =>
  discoverArticle(a)
    .filter((c) => c.kind === kind)
    .map((c) => c.name);

describe('discoverArticle', () => {
  it('finds leaders after English titles, with their country, and skips plural titles and the First Lady', () => {
    const a = article(
      'en',
      'He met RoK President Lee Jae Myung and Minister of Industry and Trade Nguyen Hong Dien.',
      'The Prime Ministers of Canada and Thailand came. President Trump and the First Lady left.',
    );
    const found = discoverArticle(a).filter((c) => c.kind === 'leader');
    expect(found.map((c) => c.name)).toEqual(['Lee Jae Myung', 'Nguyen Hong Dien', 'Trump']);
    expect(found[0]).toMatchObject({ country: 'KR', office: 'president' });
    expect(found[2]?.single).toBe(true);
  });

  it('reads the country and the ministry between a Vietnamese title and the name', () => {
    const a = article(
      'vi',
      'Tổng thống Hàn Quốc Lee Jae-myung gặp Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên. Ảnh: Lâm Khánh',
    );
    expect(names(a, 'leader')).toEqual(['Lee Jae-myung', 'Nguyễn Hồng Diên']);
  });

  it('finds agreements with their parties and abbreviations, but not a lower-case kind', () => {
    const a = article(
      'en',
      'They upgraded the ASEAN-Korea FTA under the United Nations Convention on the Law of the Sea (UNCLOS), not a trade agreement.',
    );
    const found = discoverArticle(a).filter((c) => c.kind === 'agreement');
    expect(found.map((c) => [c.name, c.base, c.parties, c.abbreviation])).toEqual([
      ['ASEAN-Korea FTA', 'Free Trade Agreement', ['ASEAN', 'KR'], undefined],
      [
        'United Nations Convention on the Law of the Sea',
        'United Nations Convention on the Law of the Sea',
        [],
        'UNCLOS',
      ],
    ]);
  });

  it('dates an event by its written year, else by the article, and reads its organiser', () => {
    const a = article(
      'vi',
      'Việt Nam là chủ nhà APEC 2027 sau Hội nghị thượng đỉnh APEC tại Hàn Quốc.',
    );
    const found = discoverArticle(a).filter((c) => c.kind === 'event');
    expect(found.map((c) => [c.name, c.year, c.organiser])).toEqual([
      ['Hội nghị thượng đỉnh APEC', 2025, 'APEC'],
      ['APEC 2027', 2027, 'APEC'],
    ]);
  });
});
