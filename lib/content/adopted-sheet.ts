/**
 * One style sheet adopted by a page's document from the content script: it
 * adds no node to the page. Where the content script cannot read
 * `adoptedStyleSheets` through its Xray view of the page (Firefox 140 ESR:
 * "Accessing from Xray wrapper is not supported"), the sheet is made and
 * adopted on the page's own objects (`wrappedJSObject`), which hold the same
 * list a page script sees, as in Chromium.
 */

/** The page's own (unwrapped) object behind a Firefox content script's view of it. */
type Waived<T> = T & { wrappedJSObject?: T };

/** Adopt `css` into `doc`; returns the function that takes it away, or null where the browser cannot. */
export function adoptSheet(doc: Document, css: string): (() => void) | null {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return null;
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch (err) {
    const adopted = adoptOnPageObjects(
      doc as Waived<Document>,
      view as Waived<Window & typeof globalThis>,
      css,
    );
    if (!adopted) throw err;
    return adopted;
  }
}

function adoptOnPageObjects(
  doc: Waived<Document>,
  view: Waived<Window & typeof globalThis>,
  css: string,
): (() => void) | null {
  const pageDoc = doc.wrappedJSObject;
  const pageView = view.wrappedJSObject;
  if (!pageDoc || !pageView) return null;
  const sheet = new pageView.CSSStyleSheet();
  sheet.replaceSync(css);
  pageDoc.adoptedStyleSheets.push(sheet);
  return () => {
    const list = pageDoc.adoptedStyleSheets;
    const at = list.indexOf(sheet);
    if (at >= 0) list.splice(at, 1);
  };
}
