// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchDom } from '../../../../lib/content/dom-watcher';
import { paragraph } from './page-harness';

let stop: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('dom watcher', () => {
  it('hands over what one frame added as one change, block by block', async () => {
    const onChange = vi.fn();
    watchDom(document.body, onChange, stop.signal);
    const a = paragraph('Donald Trump replied.');
    const b = paragraph('So did Donald Trump again.');
    document.body.append(a, b);
    await vi.waitFor(() => {
      vi.advanceTimersToNextFrame();
      expect(onChange).toHaveBeenCalledTimes(1);
    });
    expect(onChange.mock.calls[0]).toEqual([[a, b], false]);
  });

  it('says when text left the page, and gives the block around an edit', async () => {
    const p = paragraph('Tô Lâm arrived.');
    const gone = paragraph('Donald Trump left.');
    document.body.append(p, gone);
    const onChange = vi.fn();
    watchDom(document.body, onChange, stop.signal);
    p.append(' Then Donald Trump came.');
    gone.remove();
    await vi.waitFor(() => {
      vi.advanceTimersToNextFrame();
      expect(onChange).toHaveBeenCalledTimes(1);
    });
    expect(onChange.mock.calls[0]).toEqual([[p], true]);
  });

  it('ignores changes inside editors', async () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', '');
    document.body.append(editor);
    const onChange = vi.fn();
    watchDom(document.body, onChange, stop.signal);
    editor.append(paragraph('Tô Lâm typed here'));
    const outside = paragraph('Donald Trump outside');
    document.body.append(outside);
    await vi.waitFor(() => {
      vi.advanceTimersToNextFrame();
      expect(onChange).toHaveBeenCalledTimes(1);
    });
    expect(onChange.mock.calls[0]?.[0]).toEqual([outside]);
  });

  it('stops when its signal aborts', async () => {
    const onChange = vi.fn();
    watchDom(document.body, onChange, stop.signal);
    stop.abort();
    document.body.append(paragraph('Tô Lâm arrived.'));
    vi.advanceTimersToNextFrame();
    await Promise.resolve();
    expect(onChange).not.toHaveBeenCalled();
  });
});
