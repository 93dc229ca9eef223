// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { groupByPageDate } from '../../../components/card/date-groups';
import { filterHits, NO_FILTERS } from '../../../components/popup/hit-filter';
import { dayOf, publishedDate } from '../../../lib/content/published-date';
import { timelineScale } from '../../../components/shared/timeline-scale';

const items = [
  { id: 'a', date: '2025-05-07', language: 'en' as const },
  { id: 'b', date: '2025-10-29', language: 'vi' as const },
  { id: 'c', date: '2025-10-30', language: 'en' as const },
  { id: 'd', date: null, language: 'en' as const },
];

function doc(head: string, body = ''): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.head.append(
    ...new DOMParser().parseFromString(`<head>${head}</head>`, 'text/html').head.childNodes,
  );
  d.body.append(
    ...new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html').body.childNodes,
  );
  return d;
}

describe('publishedDate', () => {
  it('reads article:published_time first, as the calendar day the page wrote', () => {
    const d = doc('<meta property="article:published_time" content="2025-11-02T23:30:00+07:00">');
    expect(publishedDate(d)).toBe('2025-11-02');
  });

  it('falls back to JSON-LD datePublished (also inside @graph), then <time datetime>', () => {
    const ld =
      '<script type="application/ld+json">{"@graph":[{"datePublished":"2025-10-29"}]}</script>';
    expect(publishedDate(doc(ld))).toBe('2025-10-29');
    expect(
      publishedDate(doc('', '<article><time datetime="2025-10-28T08:00">x</time></article>')),
    ).toBe('2025-10-28');
  });

  it('says nothing for a page without a date, broken JSON-LD or an impossible day', () => {
    expect(publishedDate(doc('<script type="application/ld+json">{oops</script>'))).toBeNull();
    expect(dayOf('2025-02-30')).toBeNull();
  });
});

describe('groupByPageDate', () => {
  it('puts later articles after, the same day and earlier before, undated last', () => {
    const groups = groupByPageDate(items, '2025-10-29');
    expect(groups.map((g) => [g.group, g.items.map((i) => i.id)])).toEqual([
      ['after', ['c']],
      ['before', ['b', 'a']],
      ['undated', ['d']],
    ]);
  });

  it('keeps one newest-first group without a page date', () => {
    expect(groupByPageDate(items, null).map((g) => g.group)).toEqual(['all']);
  });
});

describe('filterHits', () => {
  it('filters by language, name and inclusive date range, dropping undated ones under a date bound', () => {
    expect(filterHits(items, { ...NO_FILTERS, language: 'vi' }).map((i) => i.id)).toEqual(['b']);
    expect(
      filterHits(items, { ...NO_FILTERS, entityId: 'x' }, new Set(['a', 'd'])).map((i) => i.id),
    ).toEqual(['a', 'd']);
    const range = { ...NO_FILTERS, from: '2025-10-29', to: '2025-10-30' };
    expect(filterHits(items, range).map((i) => i.id)).toEqual(['b', 'c']);
  });
});

describe('timelineScale', () => {
  it('places dates between the oldest and the newest, the page’s date included', () => {
    const s = timelineScale(items, '2025-11-02');
    expect(s?.from).toBe('2025-05-07');
    expect(s?.to).toBe('2025-11-02');
    expect(s?.points.map((p) => p.item.id)).toEqual(['a', 'b', 'c']);
    expect(s?.points[0]?.x).toBe(0);
    expect(s?.pageX).toBe(1);
  });
});
