// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../../../components/card/HoverCard';
import { LUONG_CUONG, related } from '../fixtures';

afterEach(cleanup);

function props(over: Partial<HoverCardProps> = {}): HoverCardProps {
  return {
    entity: LUONG_CUONG,
    fallbackName: 'Lương Cường',
    kind: 'leader',
    status: 'ready',
    articles: [],
    why: { surface: 'Luong Cuong', alias: 'Luong Cuong', rule: 'full' },
    locale: 'en-GB',
    onOpenArticle: vi.fn(),
    onRetry: vi.fn(),
    onNotOnThisSite: vi.fn(),
    ...over,
  };
}

const ARTICLES = [
  related('old', '2025-05-07', 'Talks in May', 'Minister met Lương Cường in May.'),
  related('none', null, 'An undated piece', 'Nobody dated this Lương Cường story.'),
  related(
    'new',
    '2025-10-30',
    'Talks in Gyeongju',
    'President Lương Cường held talks in Gyeongju.',
  ),
  related('mid', '2025-10-29', 'A proposal', 'Lương Cường proposed a deal.'),
];

describe('HoverCard', () => {
  it('shows the entity name, its role and country on top', () => {
    render(<HoverCard {...props()} />);
    expect(screen.getByRole('heading', { name: 'Lương Cường' })).toBeTruthy();
    expect(screen.getByText('President of Việt Nam · Vietnam')).toBeTruthy();
  });

  it('lists articles newest first with dates in the reader locale, undated last', () => {
    render(<HoverCard {...props({ articles: ARTICLES })} />);
    fireEvent.click(screen.getByRole('button', { name: 'More (1)' }));
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('time')?.textContent)).toEqual([
      '30 Oct 2025',
      '29 Oct 2025',
      '7 May 2025',
      'undated',
    ]);
    expect(rows[0]?.textContent).toContain('Talks in Gyeongju');
  });

  it('formats dates in Vietnamese for a Vietnamese reader', () => {
    render(<HoverCard {...props({ articles: ARTICLES.slice(2, 3), locale: 'vi-VN' })} />);
    expect(screen.getByText('30 thg 10, 2025')).toBeTruthy();
  });

  it('puts the mention in bold inside the sentence', () => {
    render(<HoverCard {...props({ articles: [ARTICLES[2]!] })} />);
    const strong = screen.getByRole('listitem').querySelector('strong');
    expect(strong?.textContent).toBe('Lương Cường');
    expect(strong?.parentElement?.textContent).toBe(
      'President Lương Cường held talks in Gyeongju.',
    );
  });

  it('shows three articles at once and reveals the rest with "More"', () => {
    render(<HoverCard {...props({ articles: ARTICLES })} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'More (1)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /More/ })).toBeNull();
  });

  it('opens the clicked article by id', () => {
    const onOpenArticle = vi.fn();
    render(<HoverCard {...props({ articles: ARTICLES, onOpenArticle })} />);
    fireEvent.click(screen.getByText('A proposal'));
    expect(onOpenArticle).toHaveBeenCalledWith('mid');
  });

  it('says it is loading, with the name it already knows', () => {
    render(
      <HoverCard {...props({ status: 'loading', entity: null, fallbackName: 'Donald Trump' })} />,
    );
    expect(screen.getByRole('heading', { name: 'Donald Trump' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
  });

  it('says when articles could not be loaded and offers to try again', () => {
    const onRetry = vi.fn();
    render(<HoverCard {...props({ status: 'error', onRetry })} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Backstory couldn’t load articles — try again');
    fireEvent.click(within(alert).getByRole('button'));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('says so when no article mentions the entity', () => {
    render(<HoverCard {...props({ articles: [] })} />);
    expect(screen.getByText(/No articles/)).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('explains why the mention is highlighted and offers "Not on this site"', () => {
    const onNotOnThisSite = vi.fn();
    render(
      <HoverCard
        {...props({
          why: { surface: 'Cường', alias: 'Cường', rule: 'after-full' },
          onNotOnThisSite,
        })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Why highlighted' }));
    expect(screen.getByText(/“Cường” matched as a short form after the full name/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not on this site' }));
    expect(onNotOnThisSite).toHaveBeenCalledOnce();
  });
});
