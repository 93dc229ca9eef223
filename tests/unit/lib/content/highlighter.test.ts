import { describe, expect, it } from 'vitest';
import {
  createHighlighter,
  highlightCss,
  HIGHLIGHT_NAMES,
} from '../../../../lib/content/highlighter';

/** A stand-in for the Highlight API (happy-dom has none): a Set with a priority. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

class FakeSheet {
  text = '';
  replaceSync(t: string) {
    this.text = t;
  }
}

function fakeDocument(withApi = true) {
  const highlights = new Map<string, FakeHighlight>();
  const view = withApi
    ? { CSS: { highlights }, Highlight: FakeHighlight, CSSStyleSheet: FakeSheet }
    : { CSS: {}, CSSStyleSheet: FakeSheet };
  const pageSheet = new FakeSheet();
  const doc = { defaultView: view, adoptedStyleSheets: [pageSheet] as unknown[] };
  return { doc: doc as unknown as Document, highlights, pageSheet };
}

const range = (n: number) => ({ n }) as unknown as AbstractRange;

describe('createHighlighter', () => {
  it('adds nothing to a page until the first range: no sheet, no highlight', () => {
    const { doc, highlights, pageSheet } = fakeDocument();
    const h = createHighlighter(doc);
    h.setActive(null);
    h.remove('leader', range(1));
    expect(highlights.size).toBe(0);
    expect(doc.adoptedStyleSheets).toEqual([pageSheet]);
    h.destroy();
    expect(doc.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('registers one highlight per kind and an active one that wins over them', () => {
    const { doc, highlights } = fakeDocument();
    createHighlighter(doc).add('leader', range(1));
    expect([...highlights.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    expect(highlights.get(HIGHLIGHT_NAMES.active)?.priority).toBeGreaterThan(
      highlights.get(HIGHLIGHT_NAMES.leader)?.priority ?? 0,
    );
  });

  it('adds and removes ranges under their kind', () => {
    const { doc, highlights } = fakeDocument();
    const h = createHighlighter(doc);
    const r1 = range(1);
    h.add('leader', r1);
    h.add('agreement', range(2));
    expect(highlights.get(HIGHLIGHT_NAMES.leader)?.has(r1)).toBe(true);
    h.remove('leader', r1);
    expect(highlights.get(HIGHLIGHT_NAMES.leader)?.size).toBe(0);
    expect(highlights.get(HIGHLIGHT_NAMES.agreement)?.size).toBe(1);
  });

  it('emphasises only the mention under the pointer', () => {
    const { doc, highlights } = fakeDocument();
    const h = createHighlighter(doc);
    h.setActive([range(1)]);
    h.setActive([range(2)]);
    expect(highlights.get(HIGHLIGHT_NAMES.active)?.size).toBe(1);
    h.setActive(null);
    expect(highlights.get(HIGHLIGHT_NAMES.active)?.size).toBe(0);
  });

  it('adds its rules as an adopted stylesheet and takes everything away on destroy', () => {
    const { doc, highlights, pageSheet } = fakeDocument();
    const h = createHighlighter(doc);
    h.add('event', range(1));
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    h.destroy();
    expect(highlights.size).toBe(0);
    expect(doc.adoptedStyleSheets).toEqual([pageSheet]);
    // A late range after the page was cleared (a reply still on its way) puts nothing back.
    h.add('leader', range(2));
    h.setActive([range(2)]);
    expect(highlights.size).toBe(0);
    expect(doc.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('paints nothing and does not throw where the Highlight API is missing', () => {
    const { doc } = fakeDocument(false);
    const h = createHighlighter(doc);
    expect(h.supported).toBe(false);
    expect(() => {
      h.add('leader', range(1));
      h.setActive([range(1)]);
      h.destroy();
    }).not.toThrow();
    expect(doc.adoptedStyleSheets).toHaveLength(1);
  });
});

describe('highlightCss', () => {
  it('styles every highlight name with an underline, never a solid background', () => {
    const css = highlightCss();
    for (const name of Object.values(HIGHLIGHT_NAMES))
      expect(css).toContain(`::highlight(${name})`);
    const backgrounds = [...css.matchAll(/background-color: rgb\(\d+ \d+ \d+ \/ ([\d.]+)\)/g)].map(
      (m) => Number(m[1]),
    );
    expect(backgrounds.length).toBe(5);
    for (const alpha of backgrounds) expect(alpha).toBeLessThan(0.5);
  });

  it('in the band style, colours each kind more strongly and draws no underline', () => {
    const css = highlightCss('band');
    for (const name of Object.values(HIGHLIGHT_NAMES))
      expect(css).toContain(`::highlight(${name})`);
    const kinds = css.split('\n').filter((rule) => !rule.includes(HIGHLIGHT_NAMES.active));
    expect(kinds).toHaveLength(4);
    for (const rule of kinds) {
      expect(rule).toContain('/ 0.22)');
      expect(rule).toContain('text-decoration: none');
    }
  });

  it("puts the reader's style into the sheet it adopts", () => {
    const { doc } = fakeDocument();
    createHighlighter(doc, 'band').add('leader', range(1));
    const sheet = doc.adoptedStyleSheets[1] as unknown as FakeSheet;
    expect(sheet.text).toBe(highlightCss('band'));
  });
});
