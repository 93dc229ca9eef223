import { describe, expect, it } from 'vitest';
import { gazetteerMatcher, spots } from './gazetteer-matcher';

const m = gazetteerMatcher();
const surfaces = (text: string, entity?: string): string[] =>
  m
    .findMentions(text)
    .filter((x) => !entity || x.entityId === entity)
    .map((x) => x.surface);

describe('full names', () => {
  it('finds a Vietnamese name with or without diacritics and in capitals', () => {
    expect(
      surfaces('Luong Cuong spoke; Lương Cường listened; LƯƠNG CƯỜNG TỚI SEOUL.', 'luong-cuong'),
    ).toEqual(['Luong Cuong', 'Lương Cường', 'LƯƠNG CƯỜNG']);
  });

  it('finds Korean names with or without the hyphen and in either capitalisation', () => {
    expect(
      surfaces('Lee Jae-myung, Lee Jae Myung and Lee Jae-Myung met.', 'lee-jae-myung'),
    ).toHaveLength(3);
  });

  it('finds middle initials with and without their full stop, full middle names and accepted misspellings', () => {
    const text =
      'Marc E. Knapper, Marc E Knapper, Marc Evans Knapper, Mark Knapper and Jamieson L. Greer with Jameson Greer.';
    expect(spots(m, text).map(([e]) => e)).toEqual([
      'marc-knapper',
      'marc-knapper',
      'marc-knapper',
      'marc-knapper',
      'jamieson-greer',
      'jamieson-greer',
    ]);
  });

  it('does not take a lower-case phrase for a person', () => {
    expect(surfaces('the luong cuong street and donald trump lower case')).toEqual([]);
  });

  it('finds a name split by NBSP, a soft hyphen, a zero-width space or a line break', () => {
    const text = 'Lương\u00a0Cường, Don\u00adald Trump, Tô\u200b Lâm, Nguyễn Hồng\nDiên';
    expect(spots(m, text).map(([e]) => e)).toEqual([
      'luong-cuong',
      'donald-trump',
      'to-lam',
      'nguyen-hong-dien',
    ]);
  });

  it('never joins a name across a paragraph break', () => {
    expect(surfaces('He thanked Lương\n\nCường was not there.')).toEqual([]);
    expect(surfaces('Jamieson\u2029Greer')).toEqual([]);
  });

  it('respects word boundaries on both sides', () => {
    expect(surfaces('XDonald Trump and Donald Trumpet')).toEqual([]);
  });
});

describe('short forms', () => {
  it('counts a surname right after one of its titles, the span being the name only', () => {
    expect(spots(m, 'Yesterday President Trump spoke.')).toEqual([
      ['donald-trump', 'Trump', 'title'],
    ]);
    expect(spots(m, 'Bộ trưởng Diên phát biểu.')).toEqual([['nguyen-hong-dien', 'Diên', 'title']]);
    expect(spots(m, 'Tổng Bí thư Lâm tiếp đoàn.')).toEqual([['to-lam', 'Lâm', 'title']]);
  });

  it('counts a short form anywhere in a text that names the person in full', () => {
    const text = 'Cuong arrived. Later Luong Cuong met the press, and Cuong smiled.';
    expect(spots(m, text)).toEqual([
      ['luong-cuong', 'Cuong', 'after-full'],
      ['luong-cuong', 'Luong Cuong', 'full'],
      ['luong-cuong', 'Cuong', 'after-full'],
    ]);
  });

  it('counts a short form in a part of a page whose full mention is elsewhere on that page', () => {
    expect(surfaces('Lee agreed.')).toEqual([]);
    expect(m.findMentions('Lee agreed.', { alreadyNamed: ['lee-jae-myung'] })).toMatchObject([
      { entityId: 'lee-jae-myung', surface: 'Lee', rule: 'after-full' },
    ]);
  });

  it('does not count an ambiguous surname alone', () => {
    expect(surfaces('Greer said the deal was close. Lee agreed. Knapper left.')).toEqual([]);
  });

  it('counts Trump alone, as the one distinctive surname', () => {
    expect(spots(m, 'Trump said on Monday that talks went well.')).toEqual([
      ['donald-trump', 'Trump', 'distinctive'],
    ]);
  });

  it('leaves the possessive out of the span, with either apostrophe', () => {
    expect(surfaces("Trump's plan and Trump’s team.")).toEqual(['Trump', 'Trump']);
  });

  it('never fires on another person of the same name', () => {
    const text =
      'Lee Jae-myung met Lee Hsien Loong. Robert E. Lee was a general. Eric Trump spoke. Donald Trump met ' +
      'Lý Cường and Pham Manh Cuong after Luong Cuong left. Jamieson Greer quoted Germaine Greer. To Lam drove to Lâm Đồng.';
    expect(surfaces(text)).toEqual([
      'Lee Jae-myung',
      'Donald Trump',
      'Luong Cuong',
      'Jamieson Greer',
      'To Lam',
    ]);
  });

  it('never fires on a common word', () => {
    expect(
      surfaces('Donald Trump played his trump card; he trumped them; trumps and TRUMP CARD.'),
    ).toEqual(['Donald Trump']);
    expect(
      surfaces('Lương Cường nói cần tăng cường hợp tác với các cường quốc. Cường quốc biển.'),
    ).toEqual(['Lương Cường']);
  });

  it('lets a distinctive surname go when another person of that name is on the page', () => {
    expect(surfaces('Eric Trump opened the hotel. Trump said it was full.')).toEqual([]);
  });

  it('does not glue a short form to a capitalised function word or to a courtesy title', () => {
    expect(
      spots(m, 'Trump Says Talks Went Well; Mr Trump agreed.').map(([, s, r]) => `${s}:${r}`),
    ).toEqual(['Trump:distinctive', 'Trump:distinctive']);
  });

  it('reads a capitalised word that opens a sentence as no first name, but another title as another person', () => {
    expect(surfaces('Yesterday Trump said so. On Monday Trump left.')).toEqual(['Trump', 'Trump']);
    expect(surfaces('Lee Jae-myung spoke. Sen. Lee and Dr Lee did not.', 'lee-jae-myung')).toEqual([
      'Lee Jae-myung',
    ]);
  });

  it('reads a titled short form in a headline of capitals, where case says nothing', () => {
    expect(spots(m, 'TỔNG THỐNG TRUMP GẶP CHỦ TỊCH TẬP CẬN BÌNH')).toEqual([
      ['donald-trump', 'TRUMP', 'title'],
    ]);
    expect(surfaces('ERIC TRUMP SPEAKS')).toEqual([]);
  });

  it('requires the short form to be spelled with the same accents, or none', () => {
    expect(surfaces('Nguyễn Hồng Diên nói. Điện lực tăng. Dien said.', 'nguyen-hong-dien')).toEqual(
      ['Nguyễn Hồng Diên', 'Dien'],
    );
  });
});

describe('agreements and events', () => {
  it('finds the reciprocal trade agreement in its forms, but not reciprocal tariffs', () => {
    const text =
      'Vietnam hopes the Agreement on Reciprocal Trade ends reciprocal tariffs. ' +
      'Hiệp định Thương mại Đối ứng khác thuế đối ứng.';
    expect(surfaces(text, 'vn-us-reciprocal-trade-agreement')).toEqual([
      'Agreement on Reciprocal Trade',
      'Hiệp định Thương mại Đối ứng',
    ]);
  });

  it('matches phrases without regard to case, longest form first', () => {
    expect(
      surfaces(
        'Hanoi: a comprehensive strategic partnership and the VIETNAM–US RECIPROCAL TRADE AGREEMENT',
      ),
    ).toEqual(['comprehensive strategic partnership', 'VIETNAM–US RECIPROCAL TRADE AGREEMENT']);
  });

  it('does not count another pair of countries’ partnership, even on a page about Việt Nam', () => {
    const text =
      'Việt Nam and the US upgraded ties. The Vietnam–US Comprehensive Strategic Partnership differs from the ' +
      'Korea–Australia comprehensive strategic partnership and from quan hệ Đối tác Chiến lược Toàn diện ' +
      'Trung Quốc - Nga, but not from quan hệ Đối tác Chiến lược Toàn diện Việt Nam - Hoa Kỳ.';
    const starts = m.findMentions(text).map((x) => x.start);
    expect(starts).toEqual([text.indexOf('Comprehensive Strategic'), text.lastIndexOf('Đối tác')]);
  });

  it('counts Việt Nam’s agreements only on a page that mentions Việt Nam', () => {
    const elsewhere =
      'Korea and Australia upgraded to a comprehensive strategic partnership. ' +
      'Malaysia signed an Agreement on Reciprocal Trade.';
    expect(surfaces(elsewhere)).toEqual([]);
    expect(surfaces(`${elsewhere} Việt Nam watched.`)).toHaveLength(2);
  });

  it('tells APEC 2025 from APEC 2027 and from bare APEC', () => {
    const found = spots(
      m,
      'APEC 2025 in Gyeongju; APEC 2027 in Việt Nam; APEC members; the 2027 APEC summit; the APEC summit.',
    );
    expect(found).toEqual([
      ['apec-2025', 'APEC 2025', 'full'],
      ['apec-2027', 'APEC 2027', 'full'],
      ['apec-2025', 'APEC summit', 'full'],
    ]);
  });

  it('finds the ASEAN-Korea FTA and AKFTA but not other FTAs', () => {
    expect(surfaces('The ASEAN–Korea FTA (AKFTA), VKFTA, AFTA and RCEP.')).toEqual([
      'ASEAN–Korea FTA',
      'AKFTA',
    ]);
  });
});

describe('matcher output', () => {
  it('returns mentions in order with exact offsets, alias and rule', () => {
    const text = 'Ông Donald Trump và Tổng thống Trump.';
    const found = m.findMentions(text);
    const second = text.lastIndexOf('Trump');
    expect(found.map((x) => [x.start, x.end, x.alias])).toEqual([
      [4, 16, 'Donald Trump'],
      [second, second + 5, 'Trump'],
    ]);
    for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.surface);
  });
});
