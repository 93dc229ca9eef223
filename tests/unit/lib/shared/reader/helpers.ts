import type { ReaderArticleItem } from '../../../../../lib/shared/reader/reader-item';

/** A valid reader item; `n` varies its address and text so items are distinct. */
export function readerItem(
  n: number,
  overrides: Partial<ReaderArticleItem> = {},
): ReaderArticleItem {
  return {
    url: `https://news.example.org/2025/story-${n}`,
    title: `Story number ${n} about trade`,
    date: '2025-10-30',
    language: 'en',
    source: 'Example News',
    place: null,
    author: null,
    paragraphs: [
      `President Lương Cường met Donald Trump in story ${n}.`,
      `The Reciprocal Trade Agreement was discussed (${n}).`,
    ],
    addedAt: new Date(Date.UTC(2025, 10, 1) + n * 1000).toISOString(),
    ...overrides,
  };
}
