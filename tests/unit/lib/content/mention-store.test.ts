// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MentionStore } from '../../../../lib/content/mention-store';
import type { PageMention } from '../../../../lib/content/page-mention';
import type { Highlighter } from '../../../../lib/content/highlighter';
import { paragraph, recordingHighlighter } from './page-harness';

/** A mention of `entityId` over `text[start, end)` of a new paragraph's text node. */
function mentionIn(text: Text, start: number, end: number, entityId = 'to-lam'): PageMention {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const surface = text.data.slice(start, end);
  return {
    found: { entityId, start, end, surface, alias: surface, rule: 'full' },
    kind: 'leader',
    range,
    pieces: [{ node: text, start, end }],
  };
}

function textOf(content: string): Text {
  const p = document.body.appendChild(paragraph(content));
  return p.firstChild as Text;
}

describe('MentionStore', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('paints each mention it holds and takes its highlight off when it is dropped', () => {
    const { h, painted } = recordingHighlighter();
    const store = new MentionStore(h, window);
    const text = textOf('Tô Lâm met Tô Lâm');
    const [first, second] = [mentionIn(text, 0, 6), mentionIn(text, 11, 17)];
    store.add([first as PageMention, second as PageMention]);
    expect(painted.size).toBe(2);
    store.remove([first as PageMention]);
    expect([...painted]).toEqual([second?.range]);
  });

  it('tells the count once, a while after a burst of changes, with the number then held', () => {
    const onCount = vi.fn();
    const store = new MentionStore(recordingHighlighter().h, window, {
      onCount,
      countDelayMs: 300,
    });
    const text = textOf('Tô Lâm, Tô Lâm and Tô Lâm');
    const mentions = [mentionIn(text, 0, 6), mentionIn(text, 8, 14), mentionIn(text, 19, 25)];
    store.add(mentions.slice(0, 2));
    store.add(mentions.slice(2));
    store.remove(mentions.slice(0, 1));
    expect(onCount).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(onCount.mock.calls).toEqual([[2]]);
  });

  it('tells nothing more once destroyed', () => {
    const onCount = vi.fn();
    const { h, painted } = recordingHighlighter();
    const store = new MentionStore(h, window, { onCount });
    store.add([mentionIn(textOf('Tô Lâm'), 0, 6)]);
    store.destroy();
    vi.advanceTimersByTime(1000);
    expect(onCount).not.toHaveBeenCalled();
    expect(painted.size).toBe(0);
    expect(store.size).toBe(0);
  });

  it('gives the mentions in document order, whatever order they came in', () => {
    const store = new MentionStore(recordingHighlighter().h, window);
    const above = textOf('Lương Cường');
    const below = textOf('Tô Lâm and Tô Lâm');
    const mentions = [
      mentionIn(below, 11, 17),
      mentionIn(above, 0, 11, 'luong-cuong'),
      mentionIn(below, 0, 6),
    ];
    store.add(mentions);
    expect(store.inDocumentOrder()).toEqual([mentions[1], mentions[2], mentions[0]]);
  });

  it('holds the mentions where the browser cannot paint, and paints none', () => {
    const add = vi.fn();
    const unsupported: Highlighter = {
      supported: false,
      add,
      remove() {},
      setActive() {},
      destroy() {},
    };
    const store = new MentionStore(unsupported, window);
    store.add([mentionIn(textOf('Tô Lâm'), 0, 6)]);
    expect(store.size).toBe(1);
    expect(add).not.toHaveBeenCalled();
  });
});
