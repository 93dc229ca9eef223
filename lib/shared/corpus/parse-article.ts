import { readDateHeader, splitDateline } from './article-header';
import { takeCredits } from './article-signature';
import { CorpusError } from './corpus-error';
import { decodeUtf8Strict } from './decode-utf8';
import { deriveTitle } from './derive-title';
import { inferLanguage } from './infer-language';
import type { Article, ArticleOrigin } from './types';

/**
 * Parse one raw seed article (`seeds/<id>.txt`) as delivered: strict UTF-8,
 * NFC, any line ending. A dated file starts with ` date YYYY-MM-DD` and an
 * optional dateline (`GYEONGJU —`), and its title is the first sentence of
 * its lead; an undated file starts with its headline, and its date stays
 * null. A trailing agency signature becomes `source`, a by-line `author`.
 * @param file the file's path; its stem (NFC) is the article id.
 * @throws CorpusError naming the file, the line and the reason.
 */
export function parseArticle(
  file: string,
  bytes: Uint8Array,
  origin: ArticleOrigin = 'bundled',
): Article {
  const text = decodeUtf8Strict(file, bytes)
    .normalize('NFC')
    .replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0)
    throw new CorpusError(
      file,
      1,
      'empty file: an article needs a date header or a headline, and a body',
    );
  const header = readDateHeader(file, first + 1, lines[first] ?? '');
  const body = header ? [header.rest, ...lines.slice(first + 1)] : lines.slice(first + 1);
  const credits = takeCredits(body);
  const lead = splitLead(credits.lines);
  const paragraphs = toParagraphs(lead.lines);
  if (paragraphs.length === 0)
    throw new CorpusError(
      file,
      lines.length,
      'no body text: an article needs at least one paragraph',
    );
  const title = header ? deriveTitle(paragraphs[0] ?? '') : (lines[first] ?? '').trim();
  return {
    id: articleId(file),
    date: header?.date ?? null,
    title,
    language: inferLanguage([title, ...paragraphs].join('\n')),
    place: header ? lead.place : null,
    source: credits.source,
    author: credits.author,
    paragraphs,
    origin,
  };
}

/** The article id for a seed file: its name without folders and extension, in NFC. */
export function articleId(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]*$/, '').normalize('NFC');
}

/** Take the dateline off the first non-empty body line. */
function splitLead(lines: readonly string[]): { place: string | null; lines: string[] } {
  const out = [...lines];
  const i = out.findIndex((l) => l.trim() !== '');
  if (i < 0) return { place: null, lines: out };
  const { place, rest } = splitDateline((out[i] ?? '').trim());
  out[i] = rest;
  return { place, lines: out };
}

/**
 * Paragraphs are separated by blank lines. Lines wrapped inside a paragraph
 * are joined with a space: a reader sees one paragraph either way.
 */
export function toParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    const t = line.trim();
    if (t !== '') current.push(t);
    else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}
