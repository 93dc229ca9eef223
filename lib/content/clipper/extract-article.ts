import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { splitDateline } from '../../shared/corpus/article-header';
import { inferLanguage } from '../../shared/corpus/infer-language';
import type { Language } from '../../shared/corpus/types';
import type { ClipResult } from '../../shared/reader/clip-result';
import { publishedDate } from '../published-date';
import { ITEM_LIMITS } from '../../shared/reader/reader-item';

/** Less running text than this is not an article (a home page, a search page, a video). */
const MIN_TEXT = 400;
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of each outermost block of Readability's article, in order: the paragraphs. */
export function blockTexts(root: Element): string[] {
  const outermost = (el: Element): boolean => {
    for (let up = el.parentElement; up && up !== root; up = up.parentElement)
      if (up.matches(BLOCKS)) return false;
    return true;
  };
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(outermost);
  const texts = blocks.length > 0 ? blocks.map((b) => squeeze(b.textContent)) : [];
  if (texts.length === 0) texts.push(squeeze(root.textContent));
  return texts.filter((t) => t !== '').map((t) => t.slice(0, ITEM_LIMITS.paragraph));
}

/** A paragraph that only names the author (`By Mai Anh`): the by-line, kept as `author`, not as text. */
function isByline(text: string, author: string | null): boolean {
  if (author === null) return false;
  return text === author || text.replace(/^(by|bởi|theo)\s+/i, '') === author;
}

function languageOf(lang: string | null | undefined, text: string): Language {
  const code = (lang ?? '').toLowerCase();
  if (code.startsWith('vi')) return 'vi';
  if (code.startsWith('en')) return 'en';
  return inferLanguage(text);
}

function optional(text: string | null | undefined): string | null {
  const t = squeeze(text).slice(0, ITEM_LIMITS.field);
  return t === '' ? null : t;
}

/**
 * Extract the article of `doc` with Mozilla's Readability (on a copy: the
 * page is not changed). A page that Readability does not take for an article,
 * or with too little text, gives `not-article`. The date comes only from what
 * the page states (publishedDate); the dateline is split off the first paragraph.
 */
export function extractArticle(doc: Document, url: string, now: Date): ClipResult {
  const notArticle = { ok: false, reason: 'not-article' } as const;
  if (!isProbablyReaderable(doc)) return notArticle;
  const copy = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  const content = parsed?.content as Element | null | undefined;
  if (!parsed || typeof content?.querySelectorAll !== 'function') return notArticle;
  const title = squeeze(parsed.title) || squeeze(doc.title);
  const author = optional(parsed.byline);
  const paragraphs = blockTexts(content).filter((p) => p !== title && !isByline(p, author));
  if (title === '' || paragraphs.join(' ').length < MIN_TEXT) return notArticle;
  const { place, rest } = splitDateline(paragraphs[0] ?? '');
  if (place) paragraphs[0] = rest;
  return {
    ok: true,
    item: {
      url,
      title: title.slice(0, ITEM_LIMITS.title),
      date: publishedDate(doc, parsed.publishedTime),
      language: languageOf(parsed.lang ?? doc.documentElement.lang, paragraphs.join('\n')),
      source: optional(parsed.siteName) ?? new URL(url).hostname,
      place: place ? optional(place) : null,
      author,
      paragraphs,
      addedAt: now.toISOString(),
    },
  };
}
