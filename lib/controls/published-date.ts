/**
 * The page's own publication date, from what news sites put in their markup:
 * `<meta property="article:published_time">` (Open Graph), JSON-LD
 * `datePublished`, then the first `<time datetime>` inside an `<article>` or
 * the page. The calendar day as the page wrote it (`2025-10-29T23:30+07:00` is
 * the 29th, where the reader of that page saw it).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The `YYYY-MM-DD` at the start of a date-time string, or null when there is none or it is impossible. */
export function dayOf(value: string | null | undefined): string | null {
  const m = value ? DAY.exec(value.trim()) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0] : null;
}

function jsonLdDate(node: unknown, depth = 0): string | null {
  if (depth > 6 || typeof node !== 'object' || node === null) return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = jsonLdDate(n, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const own = typeof record.datePublished === 'string' ? dayOf(record.datePublished) : null;
  return own ?? jsonLdDate(record['@graph'] ?? null, depth + 1);
}

/** The publication day of `doc`, or null when the page does not say. */
export function publishedDate(doc: Document): string | null {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]',
  );
  const fromMeta = dayOf(meta?.content);
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = jsonLdDate(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is its own business: look at the next one.
    }
  }
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return dayOf(time?.getAttribute('datetime'));
}
