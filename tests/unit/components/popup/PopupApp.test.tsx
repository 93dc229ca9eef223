// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupApi } from '../../../../components/popup/PopupApp';
import type { CorpusInfo, SearchHit } from '../../../../lib/shared/messages/protocol';
import { NO_FILTERS } from '../../../../components/popup/hit-filter';

afterEach(cleanup);

const INFO: CorpusInfo = {
  version: 'v1',
  articles: 5,
  entities: 14,
  newestDate: '2025-10-30',
  loading: false,
  error: null,
};

function hit(id: string, title: string, date: string | null): SearchHit {
  return {
    id,
    title,
    date,
    language: 'en',
    source: 'VNS',
    place: null,
    snippet: `About ${title}`,
    score: 1,
  };
}

function api(over: Partial<PopupApi> = {}): PopupApi {
  return {
    search: vi.fn(async () => []),
    pageEntities: vi.fn(async () => []),
    corpusInfo: vi.fn(async () => INFO),
    openArticle: vi.fn(),
    ...over,
  };
}

function typeQuery(text: string): void {
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: text } });
}

describe('PopupApp', () => {
  it('has the search box focused when it opens, with a hint on what to type', () => {
    render(<PopupApp api={api()} locale="en-GB" debounceMs={0} />);
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    expect(screen.getByText(/luong cuong/)).toBeTruthy();
  });

  it('shows results with title, date and snippet as the reader types, and opens the chosen one', async () => {
    const search = vi.fn(async (q: string) =>
      q === 'luong cuong'
        ? [hit('a', 'Talks in Gyeongju', '2025-10-30'), hit('b', 'Undated note', null)]
        : [],
    );
    const open = api({ search });
    render(<PopupApp api={open} locale="en-GB" debounceMs={0} />);
    typeQuery('luong cuong');
    await screen.findByText('Talks in Gyeongju');
    expect(search).toHaveBeenLastCalledWith('luong cuong', NO_FILTERS);
    expect(screen.getByText('30 Oct 2025')).toBeTruthy();
    expect(screen.getByText('undated')).toBeTruthy();
    expect(screen.getByText('About Talks in Gyeongju')).toBeTruthy();
    fireEvent.click(screen.getByText('Undated note'));
    expect(open.openArticle).toHaveBeenCalledWith('b');
  });

  it('says nothing matched, naming the query', async () => {
    render(<PopupApp api={api()} locale="en-GB" debounceMs={0} />);
    typeQuery('zzzz');
    expect((await screen.findByRole('status')).textContent).toContain(
      'Nothing in your corpus matches “zzzz”',
    );
  });

  it('says when the search failed', async () => {
    render(
      <PopupApp
        api={api({ search: vi.fn(async () => Promise.reject(new Error('down'))) })}
        locale="en-GB"
        debounceMs={0}
      />,
    );
    typeQuery('trump');
    expect((await screen.findByRole('alert')).textContent).toMatch(/couldn’t search/);
  });

  it('never lets an older answer replace a newer one', async () => {
    let releaseOld: (h: SearchHit[]) => void = () => {};
    const search = vi.fn((q: string) =>
      q === 'tr'
        ? new Promise<SearchHit[]>((r) => (releaseOld = r))
        : Promise.resolve([hit('n', 'Newer answer', null)]),
    );
    render(<PopupApp api={api({ search })} locale="en-GB" debounceMs={0} />);
    typeQuery('tr');
    await waitFor(() => expect(search).toHaveBeenCalledWith('tr', NO_FILTERS));
    typeQuery('trump');
    await screen.findByText('Newer answer');
    releaseOld([hit('o', 'Older answer', null)]);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByText('Older answer')).toBeNull();
  });

  it('lists the entities on the page with their counts, and searches one when chosen', async () => {
    const pageEntities = vi.fn(async () => [
      { id: 'donald-trump', name: 'Donald Trump', kind: 'leader' as const, count: 3 },
    ]);
    render(<PopupApp api={api({ pageEntities })} locale="en-GB" debounceMs={0} />);
    const entity = await screen.findByText('Donald Trump');
    expect(screen.getByLabelText('3 mentions')).toBeTruthy();
    fireEvent.click(entity);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('Donald Trump');
  });

  it('explains that Backstory cannot read a browser page', async () => {
    render(
      <PopupApp
        api={api({ pageEntities: vi.fn(async () => null) })}
        locale="en-GB"
        debounceMs={0}
      />,
    );
    expect(await screen.findByText(/can’t read this tab/)).toBeTruthy();
  });

  it('says so when the page has no known names', async () => {
    render(<PopupApp api={api()} locale="en-GB" debounceMs={0} />);
    expect(await screen.findByText(/No leaders or agreements/)).toBeTruthy();
  });

  it('shows the corpus size and newest date in the footer, in the reader locale', async () => {
    render(<PopupApp api={api()} locale="vi" debounceMs={0} />);
    expect(await screen.findByText('5 articles · newest 30 thg 10, 2025')).toBeTruthy();
  });
});
