// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FoundMention, Matcher, MatcherEntity } from '../../../../lib/match/types';
import type { Highlighter } from '../../../../lib/page/highlighter';
import { MentionStore } from '../../../../lib/page/mention-store';
import { createPageScanner } from '../../../../lib/page/page-scanner';
import { watchDom } from '../../../../lib/page/dom-watcher';

/** A matcher that knows two names, found by plain search (the real one is tested in lib/match). */
const NAMES: Record<string, string> = { 'Tô Lâm': 'to-lam', 'Donald Trump': 'donald-trump' };
const matcher: Matcher = {
  entities: [],
  findMentions(text) {
    const out: FoundMention[] = [];
    for (const [name, entityId] of Object.entries(NAMES)) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        out.push({
          entityId,
          start: i,
          end: i + name.length,
          surface: name,
          alias: name,
          rule: 'full',
        });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
const ENTITIES = new Map<string, MatcherEntity>([
  ['to-lam', { id: 'to-lam', kind: 'leader', name: 'Tô Lâm' }],
  ['donald-trump', { id: 'donald-trump', kind: 'leader', name: 'Donald Trump' }],
]);

function recordingHighlighter() {
  const painted = new Set<AbstractRange>();
  const h: Highlighter = {
    supported: true,
    add: (_k, r) => void painted.add(r),
    remove: (_k, r) => void painted.delete(r),
    setActive() {},
    destroy: () => painted.clear(),
  };
  return { h, painted };
}

function paragraph(text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { textContent: text });
}

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

describe('page scanner', () => {
  it('highlights every mention on the page and counts them per entity', () => {
    document.body.append(paragraph('Tô Lâm met Donald Trump.'), paragraph('Later Tô Lâm spoke.'));
    const { h, painted } = recordingHighlighter();
    const store = new MentionStore(h);
    createPageScanner(matcher, ENTITIES, store).scan(document.body);
    expect([...painted].map((r) => r.toString())).toEqual(['Tô Lâm', 'Donald Trump', 'Tô Lâm']);
    expect(store.pageEntities(ENTITIES)).toEqual([
      { id: 'to-lam', name: 'Tô Lâm', kind: 'leader', count: 2 },
      { id: 'donald-trump', name: 'Donald Trump', kind: 'leader', count: 1 },
    ]);
  });

  it('never highlights text in a textarea, a contenteditable region or Backstory’s own UI', () => {
    const editable = paragraph('Tô Lâm in an editor');
    editable.setAttribute('contenteditable', 'true');
    const own = paragraph('Donald Trump in the card');
    own.setAttribute('data-backstory-ui', '');
    const area = Object.assign(document.createElement('textarea'), { value: 'Tô Lâm' });
    document.body.append(editable, own, area);
    const { h, painted } = recordingHighlighter();
    createPageScanner(matcher, ENTITIES, new MentionStore(h)).scan(document.body);
    expect(painted.size).toBe(0);
  });

  it('follows text added after load, scanning it within one animation frame', () => {
    document.body.append(paragraph('Tô Lâm arrived.'));
    const { h, painted } = recordingHighlighter();
    const store = new MentionStore(h);
    const scanner = createPageScanner(matcher, ENTITIES, store);
    scanner.scan(document.body);
    const onChange = vi.fn((blocks: Element[]) => scanner.rescan(blocks));
    watchDom(document.body, onChange, stop.signal);
    document.body.append(paragraph('Donald Trump replied.'));
    document.body.append(paragraph('So did Donald Trump again.'));
    return vi.waitFor(() => {
      vi.advanceTimersToNextFrame();
      expect(onChange).toHaveBeenCalledTimes(1);
      expect(onChange.mock.calls[0]?.[0]).toHaveLength(2);
      expect(store.size).toBe(3);
      expect([...painted].map((r) => r.toString()).sort()).toEqual([
        'Donald Trump',
        'Donald Trump',
        'Tô Lâm',
      ]);
    });
  });

  it('rescans an edited paragraph without doubling its mentions, and drops mentions whose text left', async () => {
    const p = paragraph('Tô Lâm arrived.');
    const gone = paragraph('Donald Trump left.');
    document.body.append(p, gone);
    const { h, painted } = recordingHighlighter();
    const store = new MentionStore(h);
    const scanner = createPageScanner(matcher, ENTITIES, store);
    scanner.scan(document.body);
    watchDom(document.body, (blocks) => scanner.rescan(blocks), stop.signal);
    p.append(' Then Donald Trump came.');
    gone.remove();
    await vi.waitFor(() => {
      vi.advanceTimersToNextFrame();
      expect([...painted].map((r) => r.toString())).toEqual(['Tô Lâm', 'Donald Trump']);
      expect(store.size).toBe(2);
    });
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
});
