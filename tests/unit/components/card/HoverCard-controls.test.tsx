// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../../../components/card/HoverCard';
import { createTranslator } from '../../../../lib/shared/i18n/translator';
import { LUONG_CUONG, related } from '../fixtures';

afterEach(cleanup);

const ARTICLES = [
  related('may', '2025-05-07', 'Talks in May', 'Minister met Lương Cường in May.'),
  related('oct29', '2025-10-29', 'A proposal', 'Lương Cường proposed a deal.'),
  related('oct30', '2025-10-30', 'Talks in Gyeongju', 'Lương Cường held talks.'),
  related('none', null, 'An undated piece', 'Nobody dated this Lương Cường story.'),
];

function props(over: Partial<HoverCardProps> = {}): HoverCardProps {
  return {
    entity: LUONG_CUONG,
    fallbackName: 'Lương Cường',
    kind: 'leader',
    status: 'ready',
    articles: ARTICLES,
    why: { surface: 'Luong Cuong', alias: 'Lương Cường', rule: 'full' },
    locale: 'en-GB',
    onOpenArticle: vi.fn(),
    onRetry: vi.fn(),
    onNotOnThisSite: vi.fn(),
    ...over,
  };
}

const titles = () =>
  screen.getAllByRole('listitem').map((li) => li.querySelector('.bs-title')?.textContent);

describe('HoverCard with the page’s date', () => {
  it('splits articles into after and before the page’s day, the same day counting as before', () => {
    render(<HoverCard {...props({ pageDate: '2025-10-29' })} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['After this article', 'Before this article']);
    expect(titles()).toEqual(['Talks in Gyeongju', 'A proposal', 'Talks in May']);
  });

  it('keeps one newest-first list when the page has no date', () => {
    render(<HoverCard {...props({ pageDate: null })} />);
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(titles()).toEqual(['Talks in Gyeongju', 'A proposal', 'Talks in May']);
  });

  it('draws a timeline with one dot per dated article and the page’s date', () => {
    const { container } = render(<HoverCard {...props({ pageDate: '2025-10-29' })} />);
    expect(container.querySelectorAll('.bs-timeline-dot')).toHaveLength(3);
    expect(container.querySelector('.bs-timeline-page')).not.toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /^3 articles about Lương Cường/,
    );
  });
});

describe('HoverCard controls', () => {
  it('offers "Hide this name" and "Not on this site" and says which alias and rule matched', () => {
    const onHideName = vi.fn();
    const p = props({ onHideName });
    render(<HoverCard {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide this name' }));
    expect(onHideName).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Why highlighted' }));
    expect(screen.getByText('“Luong Cuong” matched “Lương Cường” as a full name.')).toBeTruthy();
  });

  it('speaks Vietnamese with a Vietnamese translator: role, buttons, groups and dates', () => {
    const t = createTranslator('vi', 'vi-VN');
    render(
      <HoverCard
        {...props({ t, locale: t.locale, pageDate: '2025-10-29', onHideName: vi.fn() })}
      />,
    );
    expect(screen.getByText(/Chủ tịch nước Việt Nam/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ẩn tên này' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tắt trên trang này' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sau bài này' })).toBeTruthy();
    expect(screen.getAllByText(/thg 10, 2025/).length).toBeGreaterThan(0);
  });

  it('shows the name in the interface language with the other language in small text', () => {
    const entity = {
      ...LUONG_CUONG,
      name: { en: 'Reciprocal Trade Agreement', vi: 'Hiệp định thương mại đối ứng' },
    };
    const t = createTranslator('vi');
    render(<HoverCard {...props({ entity, t })} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.firstElementChild?.textContent).toBe('Hiệp định thương mại đối ứng');
    expect(heading.querySelector('small')?.textContent).toBe('Reciprocal Trade Agreement');
  });

  it('closes from its close button, labelled for screen readers', () => {
    const onClose = vi.fn();
    render(<HoverCard {...props({ onClose })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.getByRole('dialog', { name: 'Lương Cường' })).toBeTruthy();
  });
});
