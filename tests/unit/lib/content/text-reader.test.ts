// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextReader, readPageText } from '../../../../lib/content/page-text';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.append(document.createRange().createContextualFragment(html));
  return el;
}

describe('TextReader', () => {
  it('reads a long text in pieces cut at block boundaries that together are the whole text', () => {
    const paras = Array.from({ length: 30 }, (_, i) => `<p>Paragraph <b>${i}</b> text.</p>`);
    const root = body(paras.join(''));
    const reader = new TextReader(root);
    const pieces: string[] = [];
    while (!reader.done) pieces.push(reader.read(60).text);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect(p).toMatch(/^Paragraph \d+ text\./);
    expect(pieces.join('\n\n')).toBe(readPageText(root).text);
  });

  it('leaves out elements the caller has already scanned', () => {
    const root = body('<p>One</p><p id="x">Two</p><p>Three</p>');
    const done = root.querySelector('#x');
    const text = new TextReader(root, { skip: (el) => el === done }).read().text;
    expect(text).toBe('One\n\nThree');
  });
});
