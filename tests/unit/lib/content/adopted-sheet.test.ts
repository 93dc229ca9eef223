import { describe, expect, it } from 'vitest';
import { adoptSheet } from '../../../../lib/content/adopted-sheet';

class FakeSheet {
  text = '';
  replaceSync(t: string) {
    this.text = t;
  }
}

/** A document whose sheet list the content script can read and write. */
function readableDocument() {
  const pageSheet = new FakeSheet();
  const doc = { defaultView: { CSSStyleSheet: FakeSheet }, adoptedStyleSheets: [pageSheet] };
  return { doc, pageSheet };
}

/**
 * Firefox 140's Xray view: reading `adoptedStyleSheets` throws, as the
 * browser does; `wrappedJSObject` leads to the page's own document and window.
 */
function xrayDocument(withPageObjects = true) {
  const page = readableDocument();
  const view = {
    CSSStyleSheet: FakeSheet,
    wrappedJSObject: withPageObjects ? page.doc.defaultView : undefined,
  };
  const doc = { defaultView: view, wrappedJSObject: withPageObjects ? page.doc : undefined };
  Object.defineProperty(doc, 'adoptedStyleSheets', {
    get() {
      throw new Error('Accessing from Xray wrapper is not supported.');
    },
    set() {
      throw new Error('Accessing from Xray wrapper is not supported.');
    },
  });
  return { doc, page };
}

describe('adoptSheet', () => {
  it('adds the sheet after the page’s own and takes only it away', () => {
    const { doc, pageSheet } = readableDocument();
    const unadopt = adoptSheet(doc as unknown as Document, 'a {}');
    expect(doc.adoptedStyleSheets.map((s) => s.text)).toEqual(['', 'a {}']);
    unadopt?.();
    expect(doc.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('adopts on the page’s own document where the content script’s view cannot read the list', () => {
    const { doc, page } = xrayDocument();
    const unadopt = adoptSheet(doc as unknown as Document, 'b {}');
    expect(page.doc.adoptedStyleSheets.map((s) => s.text)).toEqual(['', 'b {}']);
    // A page script's own sheet added after ours stays when ours goes.
    const later = new FakeSheet();
    page.doc.adoptedStyleSheets.push(later);
    unadopt?.();
    expect(page.doc.adoptedStyleSheets).toEqual([page.pageSheet, later]);
  });

  it('passes the browser’s error on when there is no page object to fall back to', () => {
    const { doc } = xrayDocument(false);
    expect(() => adoptSheet(doc as unknown as Document, 'c {}')).toThrow(/Xray/);
  });

  it('adopts nothing in a document without adopted sheets', () => {
    expect(
      adoptSheet({ defaultView: { CSSStyleSheet: FakeSheet } } as unknown as Document, 'd {}'),
    ).toBeNull();
  });
});
