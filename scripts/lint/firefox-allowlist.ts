/**
 * The warnings `web-ext lint` may give on the Firefox build, each one found,
 * read and explained (README → "Firefox lint"). Any other warning or error
 * fails `npm run lint:firefox` and so `npm test`; so does an entry below that
 * no longer matches (a library update moved or removed the line: read it again).
 */

export interface AllowedWarning {
  /** The linter's message code. */
  code: string;
  /** The built file it is reported in (bundles carry a content hash in their names). */
  file: RegExp;
  /** The built code from where the warning points (its `.innerHTML`): the library's line, minified. */
  source: RegExp;
  /** The library, its version and the exact line in its sources. */
  library: string;
  /** Why no page or corpus text can turn it into a way in. */
  why: string;
}

const PREACT_LINE = 'preact 11.2.0, src/diff/index.js:668: `dom.innerHTML = newHtml.__html;`';
const PREACT_WHY =
  'Preact only runs this line for an element given the dangerouslySetInnerHTML prop. No Backstory ' +
  'component uses that prop (eslint forbids innerHTML in our code), so every page and corpus text ' +
  'reaches the DOM as text nodes; the line is dead code in this build.';

export const FIREFOX_LINT_ALLOWLIST: readonly AllowedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^card\.js$/,
    source: /^\.innerHTML=\w+\.__html\b/,
    library: PREACT_LINE,
    why: `${PREACT_WHY} Here: the hover card (loaded into a page on its first hover), in its closed shadow root.`,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/theme-[\w-]+\.js$/,
    source: /^\.innerHTML=\w+\.__html\b/,
    library: PREACT_LINE,
    why: `${PREACT_WHY} Here: the popup, options and reader pages, which share this chunk.`,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^clipper\.js$/,
    source: /^\.innerHTML=\w+,this\._attempts\.push\(/,
    library: '@mozilla/readability 0.6.0, Readability.js:1549: `page.innerHTML = pageCacheHtml;`',
    why:
      'Readability puts back the markup it read from the same element before a retry. It runs only ' +
      'when the reader clips a page, on a copy of that page (document.cloneNode), a document with no ' +
      'window: nothing in it loads or runs. No corpus text is involved, and only the text of the result is kept.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^clipper\.js$/,
    source: /^\.innerHTML=(\w+)\.innerHTML;var \w+=\1\.previousElementSibling/,
    library:
      '@mozilla/readability 0.6.0, Readability.js:1928: `tmp.innerHTML = noscript.innerHTML;`',
    why:
      'Readability re-reads a <noscript> image of the page as markup, in the same windowless copy of ' +
      'the page as above: the page’s own markup, moved within an inert document. No corpus text is involved.',
  },
];
