import { isIsoDate } from '../shared/format/calendar';

/** Meta tags that carry a publication date, most specific first. */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
];

/**
 * The calendar day a timestamp was written for: its own date part, not the
 * UTC one (`2025-10-30T06:00+07:00` was published on the 30th where it was written).
 */
export function dayOf(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value ?? '');
  return m && isIsoDate(m[1]) ? (m[1] as string) : null;
}

function jsonLdDates(node: unknown, out: string[]): void {
  if (Array.isArray(node)) node.forEach((n) => jsonLdDates(n, out));
  else if (typeof node === 'object' && node !== null) {
    const r = node as Record<string, unknown>;
    if (typeof r.datePublished === 'string') out.push(r.datePublished);
    if (r['@graph'] !== undefined) jsonLdDates(r['@graph'], out);
  }
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const dates: string[] = [];
    try {
      jsonLdDates(JSON.parse(script.textContent ?? ''), dates);
    } catch {
      continue; // a broken block on the page: look at the next one
    }
    const day = dates.map(dayOf).find((d) => d !== null);
    if (day) return day;
  }
  return null;
}

/**
 * A `<time datetime>` that says it is the publication time, else the first in
 * the page's `<article>`, else the page's only one. Several unmarked times
 * outside an article (comments, related links) give no date.
 */
function fromTime(doc: Document): string | null {
  const marked = doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"]');
  if (marked) return dayOf(marked.getAttribute('datetime'));
  const inArticle = doc.querySelector('article time[datetime]');
  if (inArticle) return dayOf(inArticle.getAttribute('datetime'));
  const all = doc.querySelectorAll('time[datetime]');
  return all.length === 1 ? dayOf(all[0]?.getAttribute('datetime')) : null;
}

/**
 * The page's published date as `YYYY-MM-DD`, from meta tags, JSON-LD
 * `datePublished`, then `<time>`; null when the page states none. Never
 * guessed from text, the address or today's date.
 */
export function publishedDate(doc: Document, readabilityTime?: string | null): string | null {
  for (const selector of META_SELECTORS) {
    const day = dayOf(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  return fromJsonLd(doc) ?? dayOf(readabilityTime) ?? fromTime(doc);
}
