// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderApp, type ReaderApi } from '../../../../components/reader/ReaderApp';
import type { Article, ArticleMention } from '../../../../lib/shared/corpus/types';
import { LUONG_CUONG, related } from '../fixtures';

afterEach(cleanup);

const ARTICLE: Article = {
  id: 'a1',
  date: '2025-10-29',
  title: 'President Lương Cường meets Trump',
  language: 'en',
  place: 'GYEONGJU',
  source: 'VNA/VNS',
  author: null,
  paragraphs: ['At the dinner, Lương Cường met Donald Trump.', 'Cường said trade would grow.'],
  origin: 'bundled',
};

/** A mention of `surface` in paragraph `paragraph` (-1: the title), offsets found in the real text. */
function mention(paragraph: number, surface: string, entityId: string): ArticleMention {
  const text = paragraph === -1 ? ARTICLE.title : (ARTICLE.paragraphs[paragraph] as string);
  const start = text.indexOf(surface);
  return {
    articleId: 'a1',
    entityId,
    paragraph,
    start,
    end: start + surface.length,
    surface,
    rule: 'full',
  };
}

const MENTIONS = [
  mention(-1, 'Lương Cường', 'luong-cuong'),
  mention(0, 'Lương Cường', 'luong-cuong'),
  mention(0, 'Donald Trump', 'donald-trump'),
  mention(1, 'Cường', 'luong-cuong'),
];

function api(over: Partial<ReaderApi> = {}): ReaderApi {
  return {
    article: vi.fn(async () => ({ article: ARTICLE, mentions: MENTIONS, entities: [LUONG_CUONG] })),
    related: vi.fn(async () => ({
      articles: [
        related('a1', '2025-10-29', 'This very article', 'Lương Cường met Donald Trump.'),
        related('a0', '2025-05-07', 'An older visit', 'Lương Cường visited Hà Nội.'),
        related('a2', '2025-10-30', 'A newer meeting', 'Lương Cường met Lee Jae-myung.'),
      ],
    })),
    ...over,
  };
}

const href = (id: string) => `?id=${id}`;

describe('ReaderApp', () => {
  it('shows the title, date, place, source and every paragraph', async () => {
    render(<ReaderApp articleId="a1" api={api()} locale="en-GB" hrefFor={href} />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(ARTICLE.title);
    expect(screen.getByText('29 Oct 2025')).toBeTruthy();
    expect(screen.getByText('GYEONGJU')).toBeTruthy();
    expect(screen.getByText('VNA/VNS')).toBeTruthy();
    expect(document.querySelectorAll('.bs-paragraph')).toHaveLength(2);
    expect(document.querySelector('.bs-paragraph')?.textContent).toBe(ARTICLE.paragraphs[0]);
  });

  it('marks each mention at its offsets, in the title and in the paragraphs', async () => {
    render(<ReaderApp articleId="a1" api={api()} locale="en-GB" hrefFor={href} />);
    await screen.findByRole('heading', { level: 1 });
    const marks = [...document.querySelectorAll('mark')].map((m) => [
      m.textContent,
      m.getAttribute('data-entity'),
    ]);
    expect(marks).toEqual([
      ['Lương Cường', 'luong-cuong'],
      ['Lương Cường', 'luong-cuong'],
      ['Donald Trump', 'donald-trump'],
      ['Cường', 'luong-cuong'],
    ]);
  });

  it('lists the other articles about a clicked mention, newest first, as reader links', async () => {
    const reader = api();
    render(<ReaderApp articleId="a1" api={reader} locale="en-GB" hrefFor={href} />);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(document.querySelectorAll('mark button')[1] as Element);
    expect(reader.related).toHaveBeenCalledWith('luong-cuong');
    await screen.findByText('A newer meeting');
    const links = [...document.querySelectorAll('.bs-related-link')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['?id=a2', '?id=a0']);
    expect(screen.queryByText('This very article')).toBeNull();
    expect(screen.getByRole('heading', { name: 'More about Lương Cường' })).toBeTruthy();
  });

  it('says so when the address names no article, or one that is not in the corpus', async () => {
    render(<ReaderApp articleId={null} api={api()} locale="en-GB" hrefFor={href} />);
    expect(screen.getByRole('status').textContent).toMatch(/No article was chosen/);
    cleanup();
    render(
      <ReaderApp
        articleId="gone"
        api={api({ article: vi.fn(async () => ({ article: null, mentions: [], entities: [] })) })}
        locale="en-GB"
        hrefFor={href}
      />,
    );
    expect((await screen.findByText(/not in your Backstory corpus/)).textContent).toBeTruthy();
  });

  it('shows an undated article as undated', async () => {
    const undated = { ...ARTICLE, date: null };
    render(
      <ReaderApp
        articleId="a1"
        api={api({
          article: vi.fn(async () => ({ article: undated, mentions: [], entities: [] })),
        })}
        locale="en-GB"
        hrefFor={href}
      />,
    );
    expect(await screen.findByText('undated')).toBeTruthy();
  });
});
