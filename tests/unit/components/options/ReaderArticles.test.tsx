// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderArticles } from '../../../../components/options/ReaderArticles';
import type { ImportNote, ReaderArticleSummary } from '../../../../lib/shared/messages/protocol';
import type { ReaderArticlesApi } from '../../../../lib/pages/reader-articles-api';
import { readerItem } from '../../lib/shared/reader/helpers';

afterEach(cleanup);

function summary(n: number): ReaderArticleSummary {
  const item = readerItem(n);
  return {
    id: `reader-${n}`,
    title: item.title,
    date: item.date,
    language: 'en',
    source: item.source,
    place: null,
    url: item.url,
    addedAt: item.addedAt,
  };
}

/** A fake api over an in-memory list, newest added first. */
function fakeApi(initial: number[]): ReaderArticlesApi & { rows: ReaderArticleSummary[] } {
  const api = {
    rows: initial.map(summary),
    list: vi.fn(async () => [...api.rows]),
    remove: vi.fn(async (id: string) => {
      const n = Number(id.slice('reader-'.length));
      api.rows = api.rows.filter((r) => r.id !== id);
      return readerItem(n);
    }),
    restore: vi.fn(async () => {
      api.rows = [summary(2), ...api.rows].sort((a, b) => b.addedAt.localeCompare(a.addedAt));
    }),
    exportFile: vi.fn(async () => new Blob(['{}'])),
    importFiles: vi.fn(async () => ({
      added: 1,
      problems: [{ where: 3, title: 'Broken', reason: 'date must be YYYY-MM-DD' }],
      settingsRestored: false,
    })),
    importNotes: vi.fn(async () => [] as ImportNote[]),
    openArticle: vi.fn(),
  };
  return api;
}

describe('ReaderArticles', () => {
  it('lists the reader’s articles as the api gives them, newest added first', async () => {
    render(<ReaderArticles api={fakeApi([3, 2, 1])} locale="en-GB" />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    const titles = screen
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.bs-ra-title')?.textContent);
    expect(titles).toEqual([3, 2, 1].map((n) => readerItem(n).title));
    expect(screen.getByText('3 articles')).toBeTruthy();
  });

  it('deletes an article and puts it back with undo', async () => {
    const api = fakeApi([3, 2, 1]);
    render(<ReaderArticles api={api} locale="en-GB" />);
    const del = await screen.findByRole('button', { name: `Delete “${readerItem(2).title}”` });
    fireEvent.click(del);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByRole('status').textContent).toContain(`Deleted “${readerItem(2).title}”.`);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    expect(api.restore).toHaveBeenCalledWith(readerItem(2));
  });

  it('reports what an import did and each item it refused, with the reason', async () => {
    const api = fakeApi([]);
    const { container } = render(<ReaderArticles api={api} locale="en-GB" />);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['{}'], 'backstory.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await screen.findByText('Imported 1 articles.');
    expect(container.querySelector('.bs-ra-problems')?.textContent).toBe(
      '#4 “Broken”: date must be YYYY-MM-DD',
    );
    const [chosen] = vi.mocked(api.importFiles).mock.calls[0]![0];
    expect([chosen?.name, chosen?.size]).toEqual(['backstory.json', 2]);
    expect(await chosen?.bytes()).toEqual(new Uint8Array(new TextEncoder().encode('{}')));
  });

  it('says what became of an import that ended while no options page was open', async () => {
    const api = fakeApi([]);
    vi.mocked(api.importNotes).mockResolvedValueOnce([
      {
        source: 'big.json',
        total: 10000,
        added: 0,
        state: 'interrupted',
        startedAt: '2025-11-03T10:00:00.000Z',
      },
    ]);
    const { container } = render(<ReaderArticles api={api} locale="en-GB" />);
    await waitFor(() =>
      expect(container.querySelector('.bs-ra-notes')?.textContent).toMatch(
        /^The import of 10,000 articles from big\.json \(started .+\) did not finish: .* Nothing from it was kept; import the file again\.$/,
      ),
    );
  });

  it('cancels a running import from its progress bar', async () => {
    const api = fakeApi([]);
    let signal: AbortSignal | undefined;
    vi.mocked(api.importFiles).mockImplementationOnce(async (_files, _progress, s) => {
      signal = s;
      await new Promise((r) => s?.addEventListener('abort', r));
      return {
        added: 0,
        problems: [],
        settingsRestored: false,
        cancelled: true,
        error: 'The import was cancelled: nothing from it was kept.',
      };
    });
    const { container } = render(<ReaderArticles api={api} locale="en-GB" />);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'a.json')] });
    fireEvent.change(input);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByText('The import was cancelled: nothing from it was kept.');
    expect(signal?.aborted).toBe(true);
  });

  it('speaks Vietnamese for a Vietnamese locale', async () => {
    render(<ReaderArticles api={fakeApi([])} locale="vi-VN" />);
    await screen.findByText(/Chưa có bài nào/);
  });
});
