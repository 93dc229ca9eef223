// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locate, readPageText } from '../../../../lib/content/page-text';
import { gazetteerMatcher } from '../shared/match/gazetteer-matcher';

const m = gazetteerMatcher();

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(
    `<!doctype html><html><body>${html}</body></html>`,
    'text/html',
  ).body;
}

/** Surfaces the content script would highlight in this markup. */
function found(html: string): string[] {
  return m.findMentions(readPageText(body(html)).text).map((x) => x.surface);
}

describe('readPageText', () => {
  it('joins inline elements so a name split across them reads as one', () => {
    expect(
      found('<p><a href="#">Lương</a> Cường và <b>Donald</b> <span><i>Trump</i></span></p>'),
    ).toEqual(['Lương Cường', 'Donald Trump']);
  });

  it('treats <br> as a soft break that a name can run across', () => {
    expect(found('<p>Jamieson<br>Greer</p>')).toEqual(['Jamieson\nGreer']);
  });

  it('never joins a name across blocks: paragraphs, table cells, a heading and the next line', () => {
    expect(found('<p>Jamieson</p><p>Greer</p>')).toEqual([]);
    expect(found('<table><tr><td>Jamieson</td><td>Greer</td></tr></table>')).toEqual([]);
    expect(found('<h2>Jamieson</h2>Greer said')).toEqual([]);
    expect(found('<div>Jamieson<div>Greer</div></div>')).toEqual([]);
  });

  it('counts two <br> in a row as a paragraph break', () => {
    expect(found('<p>Jamieson<br><br>Greer</p>')).toEqual([]);
  });

  it('skips scripts, styles, code, form fields, editors, hidden parts and Backstory’s own UI', () => {
    const html =
      '<p>Tô Lâm</p><script>var a = "Donald Trump"</script><style>.x{}</style><code>Jamieson Greer</code>' +
      '<pre>Lee Jae-myung</pre><textarea>Lương Cường</textarea><div contenteditable="true">Nguyễn Hồng Diên</div>' +
      '<div contenteditable>Marc Knapper</div><div contenteditable="false">Luong Cuong</div>' +
      '<p hidden>Donald Trump</p><div data-backstory-ui="">Lee Jae Myung</div><select><option>To Lam</option></select>';
    expect(found(html)).toEqual(['Tô Lâm', 'Luong Cuong']);
  });

  it('reads a page nested far deeper than the call stack would allow', () => {
    const root = document.createElement('div');
    let at: Element = root;
    for (let d = 0; d < 20_000; d++) at = at.appendChild(document.createElement('span'));
    at.appendChild(document.createTextNode('Tô Lâm'));
    expect(readPageText(root).text).toBe('Tô Lâm');
  });

  it('maps every text node to where its text starts', () => {
    const root = body('<p>ab<b>cd</b></p><p>ef</p>');
    const pt = readPageText(root);
    expect(pt.text).toBe('abcd\n\nef');
    expect(pt.nodes.map((n) => n.data)).toEqual(['ab', 'cd', 'ef']);
    expect(pt.starts).toEqual([0, 2, 6]);
  });
});

describe('locate', () => {
  it('finds the node and offset of a match start and end, even on a seam between nodes', () => {
    const pt = readPageText(body('<p>President <a>Lương</a> Cường</p>'));
    const [mention] = m.findMentions(pt.text);
    if (!mention) throw new Error('expected a mention');
    const start = locate(pt, mention.start);
    const end = locate(pt, mention.end, 'end');
    expect([start.node.data, start.offset]).toEqual(['Lương', 0]);
    expect([end.node.data, end.offset]).toEqual([' Cường', 6]);
    expect(locate(pt, 'President '.length, 'end')).toMatchObject({ offset: 'President '.length });
  });

  it('refuses a page text without nodes', () => {
    expect(() => locate({ text: '', nodes: [], starts: [] }, 0)).toThrow(RangeError);
  });
});
